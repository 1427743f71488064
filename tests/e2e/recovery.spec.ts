import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { axe } from "./support/axe";
import { createFamily, newPerson, signInThroughForm as signIn, type Person } from "./support/people";

// Account recovery with no mail server: the recovery code (shown once at sign-up), and a reset
// link the family's owner gives a locked-out member.
const phone = { viewport: { width: 390, height: 844 } };

async function noViolations(page: Page) {
  const results = await axe(page);
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

async function signUpKeepingCode(page: Page, person: Person): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Your first name or a nickname").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "One more step: your recovery code" })).toBeVisible();
  await noViolations(page);
  await page.getByRole("button", { name: "Show my recovery code" }).click();
  const code = (await page.getByTestId("recovery-code").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expect(page.getByRole("button", { name: "Copy the code" })).toBeVisible();
  await noViolations(page);
  await page.getByRole("link", { name: "I have saved it. Continue" }).click();
  await expect(page).toHaveURL(/\/family$/);
  return code;
}

test("a recovery code shown once at sign-up resets a forgotten password, and signs out every device", async ({ tabs }) => {
  const laptop = await tabs.newPage();
  const person = newPerson("Recovers");
  const code = await signUpKeepingCode(laptop, person);
  // Shown once: the page now offers a new code, never the old one.
  await laptop.goto("/account");
  await expect(laptop.getByText(/You made a recovery code on/)).toBeVisible();
  await laptop.goto("/account/recovery-code");
  await expect(laptop.getByText(code)).toHaveCount(0);
  await expect(laptop.getByRole("button", { name: "Make a new recovery code" })).toBeVisible();

  const page = await tabs.newPage(phone);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/sign-in\/recover$/);
  await noViolations(page);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Recovery code").fill("ABCD-EFGH-JKMN-PQRS-TVWX");
  await page.getByLabel("New password").fill("velvet orchard compass 58");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.locator("#code-error")).toContainText("That email and recovery code do not match");
  await expect(page.getByLabel("Email")).toHaveValue(person.email);
  await page.getByLabel("Recovery code").fill(code.toLowerCase().replaceAll("-", " "));
  await page.getByLabel("New password").fill("velvet orchard compass 58");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done/);
  await expect(page.getByRole("status")).toContainText("Your password is changed");

  // The laptop's session ended with the reset.
  await laptop.goto("/account");
  await expect(laptop).toHaveURL(/\/sign-in/);
  await signIn(page, { ...person, password: "velvet orchard compass 58" });
  // The code is spent.
  await page.goto("/account");
  await expect(page.getByText("You have no recovery code.")).toBeVisible();
});

test("an owner gives a locked-out member a reset link: single use, 24 hours, logged for both, their other devices signed out", async ({ tabs }) => {
  const owner = await tabs.newPage(phone);
  const ownerPerson = newPerson("Keeper");
  await signUpKeepingCode(owner, ownerPerson);
  const familyId = await createFamily(owner, "The Keeper family");
  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Create an invitation link" }).click();
  const invite = (await owner.getByTestId("invite-link").innerText()).trim();

  const memberPerson = newPerson("Locked");
  const memberPhone = await tabs.newPage(phone);
  await memberPhone.goto(invite);
  await memberPhone.getByRole("link", { name: "Create an account to join" }).click();
  await memberPhone.getByLabel("Your first name or a nickname").fill(memberPerson.name);
  await memberPhone.getByLabel("Email").fill(memberPerson.email);
  await memberPhone.getByLabel("Password").fill(memberPerson.password);
  await memberPhone.getByRole("button", { name: "Create account" }).click();
  await memberPhone.getByRole("link", { name: "Skip for now" }).click();
  await memberPhone.getByRole("button", { name: "Join The Keeper family" }).click();
  await expect(memberPhone).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));

  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Give Locked a password reset link" }).click();
  const link = (await owner.getByTestId("reset-link").innerText()).trim();
  expect(link).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);
  await noViolations(owner);

  const fresh = await tabs.newPage(phone);
  await fresh.goto(link);
  await expect(fresh.getByRole("heading", { name: "Choose a new password, Locked" })).toBeVisible();
  await noViolations(fresh);
  await fresh.getByLabel("New password", { exact: true }).fill("velvet orchard compass 58");
  await fresh.getByLabel("The same password again").fill("velvet orchard compass 59");
  await fresh.getByRole("button", { name: "Set my new password" }).click();
  await expect(fresh.locator("#confirmPassword-error")).toContainText("The two passwords are not the same.");
  await fresh.getByLabel("New password", { exact: true }).fill("velvet orchard compass 58");
  await fresh.getByLabel("The same password again").fill("velvet orchard compass 58");
  await fresh.getByRole("button", { name: "Set my new password" }).click();
  await expect(fresh).toHaveURL(/\/sign-in\?reset=done/);

  // Single use.
  await fresh.goto(link);
  await expect(fresh.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  // The member's phone was signed out; the new password works.
  await memberPhone.goto(`/family/${familyId}`);
  await expect(memberPhone).toHaveURL(/\/sign-in/);
  await signIn(fresh, { ...memberPerson, password: "velvet orchard compass 58" });
  await fresh.goto("/account");
  await expect(fresh.getByText(/With a link from Keeper \(The Keeper family\)/)).toBeVisible();
  // The owner's log.
  await owner.goto(`/family/${familyId}/members`);
  await expect(owner.getByText(/For Locked, given .* used/)).toBeVisible();
});

test("without JavaScript the recovery code still shows once, and a wrong code is refused next to its field", async ({ tabs }) => {
  const page = await tabs.newPage({ ...phone, javaScriptEnabled: false });
  const person = newPerson("NoScript");
  await page.goto("/sign-up");
  await page.getByLabel("Your first name or a nickname").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Show my recovery code" }).click();
  await expect(page.getByTestId("recovery-code")).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await page.context().clearCookies();
  await page.goto("/sign-in/recover");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Recovery code").fill("not a code");
  await page.getByLabel("New password").fill("velvet orchard compass 58");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.locator("#code-error")).toContainText("A recovery code has 20 letters and numbers");
});
