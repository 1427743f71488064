import { expect, type Page } from "@playwright/test";
import type { Tabs } from "./test";
import { createFamily, newPerson, signUp } from "./people";

export const PHONE = { width: 390, height: 844 };

/** An owner with a family, and a second member who joined by invitation (each in their own browser). */
export async function familyOfTwo(tabs: Tabs, base?: string) {
  const ownerPerson = newPerson("Ana");
  const memberPerson = newPerson("Luis");
  const options = { viewport: PHONE, ...(base ? { baseURL: base } : {}) };
  const owner = await tabs.newPage(options);
  const member = await tabs.newPage(options);
  await signUp(owner, ownerPerson);
  const familyId = await createFamily(owner, "The Rivera family");
  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Create an invitation link" }).click();
  const link = (await owner.getByTestId("invite-link").innerText()).trim();
  await member.goto(new URL(link).pathname);
  await member.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(member, memberPerson, member.url());
  await member.getByRole("button", { name: "Join The Rivera family" }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
  return { owner, member, familyId, ownerPerson, memberPerson };
}

export async function mayHaveUsed(page: Page, familyId: string, note: string) {
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("3: Quite worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("2: Having a hard time").check();
  await page.getByLabel("Note").fill(note);
  await page.getByLabel(/may have used/).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/check-ins\/right-now\?checkIn=/);
}
