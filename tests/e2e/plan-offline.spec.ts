import { test, expect, pageIn } from "./support/test";
import type { Tabs } from "./support/test";
import type { Page } from "@playwright/test";
import { axe } from "./support/axe";
import { createFamily, newPerson, signIn, signUp } from "./support/people";
import { PHONE, privateEntries, serviceWorkerInCharge, storedEntries, writeNaloxonePlace } from "./support/device";
import { SERVICE_WORKERS_ON } from "../../playwright.config";

// The service worker keeps the plan: it is what these tests are about.
test.use(SERVICE_WORKERS_ON);

/**
 * "Keep our plan on this phone" (issue 14, item 3; docs/decisions/027): off by default; once a
 * member chooses it on a device, the plan page opens there with no signal, and only there. Sign-out,
 * quick exit, "Forget this phone" and the next sign-in remove it.
 */
const SHOTS = "test-results/screenshots/relapse-moment";
const KEEP = "Keep our plan on this phone";
const KEPT = "Our plan is kept on this phone.";

async function phoneWithPlan(tabs: Tabs) {
  const context = await tabs.newContext({ viewport: PHONE });
  const page = await pageIn(context);
  const person = newPerson("Tomasa");
  await signUp(page, person);
  const stamp = Date.now().toString(36);
  const family = { name: `The Ferreira ${stamp} family`, naloxone: `Red pouch ${stamp} in the hall closet` };
  const familyId = await createFamily(page, family.name);
  await writeNaloxonePlace(page, familyId, family.naloxone);
  await page.goto(`/family/${familyId}/plan`);
  await serviceWorkerInCharge(page);
  return { context, page, person, family, familyId, plan: `/family/${familyId}/plan` };
}

async function keep(page: Page) {
  const section = page.getByTestId("keep-plan");
  await expect(section).toContainText("Only do this on a phone that is yours alone.");
  await page.getByRole("button", { name: KEEP }).click();
  await expect(section).toContainText(KEPT);
  await expect(page.getByRole("status").filter({ hasText: "Done." })).toBeVisible();
}

const keptPaths = async (page: Page) =>
  (await storedEntries(page)).filter((entry) => entry.cache.endsWith("-plan")).map((entry) => new URL(entry.url).pathname);

test("offline, the plan opens on the phone that chose it, and not on another device of the same person", async ({ tabs }) => {
  test.setTimeout(180_000);
  const phone = await phoneWithPlan(tabs);
  const { page, plan, family } = phone;
  // Off by default, with the warning about shared phones.
  await expect(page.getByRole("button", { name: KEEP })).toBeVisible();
  expect(await keptPaths(page)).toEqual([]);
  await page.getByTestId("keep-plan").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/keep-plan-off.png` });
  const axeOff = await axe(page, '[data-testid="keep-plan"]');
  expect(axeOff.violations).toEqual([]);

  await keep(page);
  await page.screenshot({ path: `${SHOTS}/keep-plan-on.png` });
  const axeOn = await axe(page, '[data-testid="keep-plan"]');
  expect(axeOn.violations).toEqual([]);
  expect(await keptPaths(page)).toEqual([plan]);
  // Only the plan page is private in Cache Storage, and only in the plan's own cache.
  for (const entry of await privateEntries(page, [family.name, family.naloxone])) {
    expect(entry.cache, entry.url).toMatch(/-plan$/);
    expect(new URL(entry.url).pathname).toBe(plan);
  }

  // The same person on another device (a laptop) opens the plan online but never chooses to keep it.
  const laptop = await tabs.newContext({ viewport: PHONE });
  const other = await pageIn(laptop);
  await signIn(other, phone.person);
  await other.goto(plan);
  await serviceWorkerInCharge(other);
  await other.goto(plan);
  await expect(other.getByText(family.naloxone).first()).toBeVisible();
  await expect(other.getByRole("button", { name: KEEP })).toBeVisible();

  await phone.context.setOffline(true);
  await laptop.setOffline(true);
  const response = await page.goto(plan);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "Your family's safety plan" })).toBeVisible();
  await expect(page.getByText(family.naloxone).first()).toBeVisible();
  await expect(page.locator('a[href="tel:911"]').first()).toBeAttached();
  await expect(page.getByTestId("keep-plan")).toContainText(KEPT);
  // At the top, it says this is the copy kept on the phone, and from when.
  await expect(page.getByRole("status").filter({ hasText: "No signal. This is the copy of your plan kept on this phone, saved" })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/plan-offline-kept.png` });
  // Only the plan: the overview is not kept.
  await page.goto(`/family/${phone.familyId}`);
  await expect(page.getByRole("heading", { level: 1, name: "No connection right now" })).toBeVisible();

  await other.goto(plan);
  await expect(other.getByRole("heading", { level: 1, name: "No connection right now" })).toBeVisible();
  expect(await other.content()).not.toContain(family.naloxone);
  expect(await privateEntries(other, [family.name, family.naloxone])).toEqual([]);

  // "Forget this phone" (with a signal): offline, the plan is gone from this phone too.
  await phone.context.setOffline(false);
  await page.goto(plan);
  await page.getByRole("button", { name: "Forget this phone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "no longer kept" })).toBeVisible();
  await expect(page.getByRole("button", { name: KEEP })).toBeFocused();
  expect(await keptPaths(page)).toEqual([]);
  await phone.context.setOffline(true);
  await page.goto(plan);
  await expect(page.getByRole("heading", { level: 1, name: "No connection right now" })).toBeVisible();
  expect(await page.content()).not.toContain(family.naloxone);
  await phone.context.close();
  await laptop.close();
});

test("the kept copy follows the plan: changed with a signal, the new plan opens with none", async ({ tabs }) => {
  test.setTimeout(180_000);
  const { context, page, plan, familyId } = await phoneWithPlan(tabs);
  await keep(page);
  const moved = `Moved ${Date.now().toString(36)} to the glovebox`;
  await writeNaloxonePlace(page, familyId, moved);
  await expect
    .poll(async () => (await storedEntries(page)).find((entry) => entry.cache.endsWith("-plan"))?.text.includes(moved), { timeout: 20_000 })
    .toBe(true);
  await context.setOffline(true);
  await page.goto(plan);
  await expect(page.getByText(moved).first()).toBeVisible();
  await context.close();
});

test("signing out removes the kept plan, and so does the next sign-in on the phone", async ({ tabs }) => {
  test.setTimeout(180_000);
  const { context, page, plan, person, family } = await phoneWithPlan(tabs);
  await keep(page);
  // The account page says so, and offers to forget it.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "This phone" })).toBeVisible();
  await page.locator("#main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signed-out=1/);
  expect(await keptPaths(page)).toEqual([]);
  expect(await privateEntries(page, [family.name, family.naloxone])).toEqual([]);

  // Kept again; then the session ends without this phone signing out (as on another device, or
  // when it runs out). A visit to the plan with a signal drops the copy: the server no longer shows it.
  await signIn(page, person);
  await page.goto(plan);
  await serviceWorkerInCharge(page);
  await keep(page);
  await context.clearCookies();
  await page.goto(plan);
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await keptPaths(page)).toEqual([]);

  // Kept again; someone else opens the sign-in page on this phone: the copy is gone before they sign in.
  await signIn(page, person);
  await page.goto(plan);
  await keep(page);
  await context.clearCookies();
  await page.goto("/sign-in");
  await expect.poll(() => keptPaths(page)).toEqual([]);
  await context.setOffline(true);
  await page.goto(plan);
  await expect(page.getByRole("heading", { level: 1, name: "No connection right now" })).toBeVisible();
  await context.close();
});
