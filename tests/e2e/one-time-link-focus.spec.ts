import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { createFamily, newPerson, type Person } from "./support/people";
import { PHONE } from "./support/device";
import { expectFocusWithin, expectInView } from "./support/landing";

/**
 * Issue 17, item 2 for the family's side: every secret that is shown once ("We cannot show it
 * again") lands in view with focus on a phone (390 x 844), as the counselor's links do
 * (forms-landing.spec.ts; docs/decisions/042): the recovery code at sign-up and when a new one is
 * made, the owner's invitation link (the first and another one), and the password reset link the
 * owner gives a member.
 */
test.use({ viewport: PHONE });

/** The box that holds the secret with this test id. */
const secretBox = (page: Page, testId: string) => page.locator(".one-time-link").filter({ has: page.getByTestId(testId) });

async function expectLanded(page: Page, testId: string) {
  const box = secretBox(page, testId);
  await expect(box).toBeVisible();
  await expect(box).toContainText("We cannot show it again");
  await expectInView(box);
  await expectFocusWithin(box);
}

/** Sign-up through the form, up to the recovery-code step (which the test is about). */
async function signUpToRecoveryCode(page: Page, person: Person) {
  if (!page.url().includes("/sign-up")) await page.goto("/sign-up");
  await page.getByLabel("Your first name or a nickname").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account\/recovery-code\?welcome=1/);
}

test("recovery code, invitation link and reset link: each new one is in view and focused", async ({ page, tabs }) => {
  // Two sign-ups through the form (password hashing and strength checks) on a busy two-core machine.
  test.setTimeout(120_000);
  // The recovery code at sign-up: the button that made it goes away, and focus goes to the code.
  await signUpToRecoveryCode(page, newPerson("Rosa"));
  await page.getByRole("button", { name: "Show my recovery code" }).click();
  await expectLanded(page, "recovery-code");
  await page.getByRole("link", { name: "I have saved it. Continue" }).click();
  await expect(page).toHaveURL(/\/family$/);

  // A new code later, from the account's page.
  await page.goto("/account/recovery-code");
  await page.getByRole("button", { name: "Make a new recovery code" }).click();
  await expectLanded(page, "recovery-code");

  // The owner's invitation link, and another one after it.
  const familyId = await createFamily(page, "The Rivera family");
  await page.goto(`/family/${familyId}/members`);
  await page.getByRole("button", { name: "Create an invitation link" }).click();
  await expectLanded(page, "invite-link");
  const first = (await page.getByTestId("invite-link").innerText()).trim();
  // Focus left the box (the person scrolled on and tapped elsewhere); the next link takes it back.
  await page.getByRole("button", { name: "Create another invitation link" }).focus();
  await page.getByRole("button", { name: "Create another invitation link" }).click();
  await expect(page.getByTestId("invite-link")).not.toHaveText(first);
  await expectLanded(page, "invite-link");

  // A member joins with the first link.
  const member = await tabs.newPage({ viewport: PHONE });
  await member.goto(first);
  await member.getByRole("link", { name: "Create an account to join" }).click();
  await expect(member).toHaveURL(/\/sign-up\?next=/);
  await signUpToRecoveryCode(member, newPerson("Marco"));
  await member.getByRole("link", { name: "Skip for now" }).click();
  await member.getByRole("button", { name: "Join The Rivera family" }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
  await member.context().close();

  // The reset link the owner gives the member: further down the page, under the member's name.
  await page.goto(`/family/${familyId}/members`);
  const give = page.getByRole("button", { name: "Give Marco a password reset link" });
  await give.scrollIntoViewIfNeeded();
  await give.click();
  await expectLanded(page, "reset-link");
  await page.getByRole("button", { name: "Give Marco another reset link" }).click();
  await expectLanded(page, "reset-link");
});
