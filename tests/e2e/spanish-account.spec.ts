import { mkdirSync } from "node:fs";
import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { englishLeft } from "./support/english-left";
import { newPerson } from "./support/people";
import es from "../../messages/es/account.json" with { type: "json" };

// The account pages for a Spanish reader (issue 18, decision 052): a visitor chooses Español on
// the sign-up page, signs up through the Spanish form (a mistake first), keeps the recovery code,
// uses the account page, and signs out to a sign-in page still in Spanish (sign-out clears every
// cookie, the language choice too: lib/auth/sign-out.ts sets it again on the way).
const PHONE = { width: 390, height: 844 };

async function spanishScreen(page: Page, heading: string, own: string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  expect(await englishLeft(page, own)).toEqual([]);
}

test("a Spanish visitor signs up with a mistake first, keeps the recovery code, sets the time zone and signs out, all in Spanish", async ({ page, context }) => {
  await page.setViewportSize(PHONE);
  const person = newPerson("Ana");
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Español", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await spanishScreen(page, es.Auth.signUp.heading);
  await expect(page).toHaveTitle(new RegExp(`^${es.Auth.signUp.title}`));

  // A mistake: a password too easy to guess. The error is Spanish, next to the field.
  await page.getByLabel(es.Auth.fields.name).fill(person.name);
  await page.getByLabel(es.Auth.fields.email).fill(person.email);
  await page.getByLabel(es.Auth.fields.password, { exact: true }).fill("password1");
  await page.getByRole("button", { name: es.Auth.signUp.submit }).click();
  await expect(page.locator("#password-error")).toContainText(es.Auth.errors.passwordCommon);
  await expect(page.getByLabel(es.Auth.fields.email)).toHaveValue(person.email);
  await spanishScreen(page, es.Auth.signUp.heading, [person.name]);

  await page.getByLabel(es.Auth.fields.password, { exact: true }).fill(person.password);
  await page.getByRole("button", { name: es.Auth.signUp.submit }).click();

  // The recovery code, shown once.
  await expect(page).toHaveURL(/\/account\/recovery-code\?welcome=1/);
  await spanishScreen(page, es.Recovery.welcomeHeading);
  await page.getByRole("button", { name: es.Recovery.show }).click();
  await expect(page.getByTestId("recovery-code")).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expect(page.getByText("Su código de recuperación.", { exact: true })).toBeVisible();
  await spanishScreen(page, es.Recovery.welcomeHeading);
  await page.getByRole("link", { name: es.Recovery.saved }).click();
  await expect(page).toHaveURL(/\/family$/);

  // The account page: devices, the recovery code's day, the forms.
  await page.goto("/account");
  await spanishScreen(page, es.Account.heading, [person.name]);
  await expect(page).toHaveTitle(new RegExp(`^${es.Account.title}`));
  await expect(page.getByRole("list", { name: es.Account.devicesLabel })).toContainText(/(Chrome|Un navegador) en /);
  await expect(page.getByText(/Usted creó un código de recuperación el \d+ de [a-z]+ de \d{4}\./)).toBeVisible();
  if (process.env.SHOTS) mkdirSync("docs/screenshots/spanish", { recursive: true });
  // SHOTS=1 writes the screenshot issue 18 asks for (not on every run: the tree stays clean).
  if (process.env.SHOTS) await page.screenshot({ path: "docs/screenshots/spanish/account-390.png", fullPage: true });

  // A wrong current password: better-auth's refusal, in Spanish next to the field.
  await page.getByLabel(es.Account.currentPassword).fill("not my password at all");
  await page.getByLabel(es.Account.newPassword, { exact: true }).fill(`${person.password} again`);
  await page.getByRole("button", { name: es.Account.changePassword }).click();
  await expect(page.locator("#currentPassword-error")).toContainText(es.Account.errors.currentPasswordWrong);

  // The time zone: saved, with its Spanish confirmation.
  await page.goto("/account");
  await page.getByLabel(es.Account.timeZoneLabel).selectOption({ label: es.Account.timeZones.chicago });
  await page.getByRole("button", { name: es.Account.timeZoneSave }).click();
  await expect(page.getByRole("status").filter({ hasText: es.Account.timeZoneSaved })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(es.Account.timeZoneLabel)).toHaveValue("America/Chicago");
  await spanishScreen(page, es.Account.heading, [person.name]);

  // Sign out: every cookie is cleared, and the sign-in page is still in Spanish.
  await page.locator("#main").getByRole("button", { name: es.Account.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);
  await spanishScreen(page, es.Auth.signIn.heading);
  await expect(page.getByRole("status").filter({ hasText: es.Auth.signIn.signedOut })).toBeVisible();
  expect((await context.cookies()).filter((cookie) => cookie.name.includes("session_token"))).toEqual([]);
  expect((await context.cookies()).find((cookie) => cookie.name === "steady-lang")?.value).toBe("es");

  // Signing in again: a wrong password first, in Spanish, then in.
  await page.getByLabel(es.Auth.fields.email).fill(person.email);
  await page.getByLabel(es.Auth.fields.password, { exact: true }).fill("not my password at all");
  await page.getByRole("button", { name: es.Auth.signIn.submit }).click();
  await expect(page.locator("#password-error")).toContainText(es.Auth.errors.signInWrong);
  await spanishScreen(page, es.Auth.signIn.heading);
  await page.getByLabel(es.Auth.fields.password, { exact: true }).fill(person.password);
  await page.getByRole("button", { name: es.Auth.signIn.submit }).click();
  await expect(page).toHaveURL(/\/family$/);
});

test("a signed-out Spanish reader: forgot password, a broken emailed link, a broken reset link", async ({ page, context, baseURL }) => {
  await page.setViewportSize(PHONE);
  await context.addCookies([{ name: "steady-lang", value: "es", url: baseURL! }]);

  await page.goto("/sign-in/recover");
  await spanishScreen(page, es.Auth.recover.heading);
  await expect(page).toHaveTitle(new RegExp(`^${es.Auth.recover.title.replace("?", "\\?")}`));
  await page.getByLabel(es.Auth.fields.email).last().fill("nadie@example.test");
  await page.getByLabel(es.Recovery.codeLabel).fill("ABCD");
  await page.getByLabel(es.Auth.fields.newPassword, { exact: true }).fill("quiet harbor lantern 93");
  await page.getByRole("button", { name: es.Auth.fields.setPassword }).click();
  await expect(page.locator("#code-error")).toContainText(es.Recovery.errors.codeFormat);
  await spanishScreen(page, es.Auth.recover.heading);

  await page.goto("/sign-in/new-password?error=INVALID_TOKEN");
  await spanishScreen(page, es.Auth.newPassword.brokenHeading);

  await page.goto("/reset/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await spanishScreen(page, es.Reset.brokenHeading);
  await expect(page.getByText(`${es.Reset.unknown} ${es.Reset.askOwner}`)).toBeVisible();
});
