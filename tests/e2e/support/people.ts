import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

/** A new person for one test; the password is long and uncommon so the strength check passes. */
export function newPerson(name: string) {
  return { name, email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, password: `quiet ${randomUUID().slice(0, 6)} harbor lantern` };
}

export type Person = ReturnType<typeof newPerson>;

export async function signUp(page: Page, person: Person, path = "/sign-up") {
  await page.goto(path);
  await page.getByLabel("Your first name or a nickname").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).not.toHaveURL(/\/sign-up/);
  // Sign-up ends with the recovery code step; tests that are not about it skip it.
  await expect(page).toHaveURL(/\/account\/recovery-code\?welcome=1/);
  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page).not.toHaveURL(/\/account\/recovery-code/);
}

export async function signIn(page: Page, person: Person) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function createFamily(page: Page, name: string) {
  await page.goto("/family");
  await page.getByLabel("Name of your family space").fill(name);
  await page.getByRole("button", { name: "Create family space" }).click();
  await expect(page).toHaveURL(/\/family\/[^/]+$/);
  return page.url().split("/family/")[1]!;
}
