import { test, expect, AXE_IN_EVERY_PAGE } from "./support/test";
import type { Page } from "@playwright/test";
import { axe } from "./support/axe";
import { createFamily, newPerson, signUp } from "./support/people";

// Every page these tests open gets an axe check: their tabs run axe from the start.
test.use(AXE_IN_EVERY_PAGE);

async function noViolations(page: Page, path: string) {
  await page.goto(path);
  const results = await axe(page);
  expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("family pages have no axe violations (phone width)", async ({ tabs }) => {
  test.setTimeout(120_000);
  const family = await tabs.newPage({ viewport: { width: 390, height: 844 } });
  await signUp(family, newPerson("Axe"));
  const familyId = await createFamily(family, "The Axe family");
  for (const path of ["", "/check-ins", "/check-ins/new", "/plan", "/plan/edit", "/plan/history", "/plan/print", "/members", "/counselors", "/settings", "/notifications"]) {
    await noViolations(family, `/family/${familyId}${path}`);
  }
  for (const path of ["/family", "/account"]) await noViolations(family, path);
});

// The counselor's pages, and the family's side of connecting: a test of their own, so each stays
// well inside its time on a busy two-core machine.
test("counselor pages and the connect page have no axe violations (phone width)", async ({ tabs }) => {
  test.setTimeout(120_000);
  const family = await tabs.newPage({ viewport: { width: 390, height: 844 } });
  await signUp(family, newPerson("Axel"));
  const familyId = await createFamily(family, "The Axel family");
  const counselor = await tabs.newPage({ viewport: { width: 390, height: 844 } });
  await noViolations(counselor, "/counselor/sign-up");
  const person = newPerson("Quinn");
  await counselor.getByLabel("Your name").fill(person.name);
  await counselor.getByLabel("Email").fill(person.email);
  await counselor.getByLabel("Password").fill(person.password);
  await counselor.getByRole("button", { name: "Create counselor account" }).click();
  // Sign-up ends with the recovery-code step, as a family's does; skipped here.
  await expect(counselor).toHaveURL(/\/account\/recovery-code\?welcome=1/);
  await counselor.getByRole("link", { name: "Skip for now" }).click();
  await expect(counselor).toHaveURL(/\/counselor$/);
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();
  await noViolations(family, new URL(link).pathname);
  await family.locator("#level-plan_summary").check();
  await family.getByRole("button", { name: "Connect" }).click();
  await expect(family).toHaveURL(/\/counselors/);
  for (const path of ["/counselor", "/counselor/links", `/counselor/families/${familyId}`]) await noViolations(counselor, path);
});

test("sharing pages have no axe violations (phone width): /family signed out, a member at a connect link, shared list, ended list, ended connection, deleted family", async ({ tabs }) => {
  test.setTimeout(120_000);
  const phone = { viewport: { width: 390, height: 844 } };
  const visitor = await tabs.newPage(phone);
  await noViolations(visitor, "/family");

  const counselor = await tabs.newPage(phone);
  const quinn = newPerson("Rowan");
  await counselor.goto("/counselor/sign-up");
  await counselor.getByLabel("Your name").fill(quinn.name);
  await counselor.getByLabel("Email").fill(quinn.email);
  await counselor.getByLabel("Password").fill(quinn.password);
  await counselor.getByRole("button", { name: "Create counselor account" }).click();
  // Sign-up ends with the recovery-code step, as a family's does; skipped here.
  await expect(counselor).toHaveURL(/\/account\/recovery-code\?welcome=1/);
  await counselor.getByRole("link", { name: "Skip for now" }).click();
  await expect(counselor).toHaveURL(/\/counselor$/);
  await counselor.goto("/counselor/links");
  await counselor.getByLabel("The three stages of relapse").check();
  await counselor.getByLabel("A short note for the family").fill("Read this first.");
  await counselor.getByRole("button", { name: "Create the link" }).click();
  const list = (await counselor.getByTestId("reading-list-link").innerText()).trim();
  await noViolations(counselor, "/counselor/links");
  await noViolations(visitor, new URL(list).pathname);
  await noViolations(visitor, "/s/" + "b".repeat(43));
  await counselor.goto("/counselor");
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const connect = (await counselor.getByTestId("connection-link").innerText()).trim();

  const owner = await tabs.newPage(phone);
  await signUp(owner, newPerson("Owner"));
  const familyId = await createFamily(owner, "The Axe-two family");
  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Create an invitation link" }).click();
  const invite = (await owner.getByTestId("invite-link").innerText()).trim();
  await noViolations(owner, `/family/${familyId}/members`);
  const member = await tabs.newPage(phone);
  await member.goto(invite);
  await member.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(member, newPerson("Member"), member.url());
  await member.getByRole("button", { name: "Join The Axe-two family" }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
  await noViolations(member, new URL(connect).pathname);

  await owner.goto(connect);
  await owner.getByRole("button", { name: "Connect" }).click();
  await expect(owner).toHaveURL(/\/counselors/);
  await owner.getByRole("button", { name: /End the connection with/ }).click();
  await expect(owner.getByRole("dialog")).toBeVisible();
  expect((await axe(owner)).violations.map((v) => v.id)).toEqual([]);
  await owner.getByRole("dialog").getByRole("button", { name: "Yes, end the connection" }).click();
  await expect(owner.getByText(/The connection is ended/)).toBeVisible();
  await noViolations(counselor, `/counselor/families/${familyId}`);
  await noViolations(counselor, "/counselor");

  await owner.goto(`/family/${familyId}/settings`);
  await owner.getByLabel(/Type the family's name to confirm/).fill("The Axe-two family");
  await owner.getByRole("button", { name: "Delete this family and everything in it" }).click();
  await expect(owner.getByTestId("family-deleted")).toBeVisible();
  expect((await axe(owner)).violations.map((v) => v.id)).toEqual([]);
  await noViolations(member, `/family/deleted/${familyId}`);
});
