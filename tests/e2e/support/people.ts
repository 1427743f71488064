import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

/** A new person for one test; the password is long and uncommon so the strength check passes. */
export function newPerson(name: string) {
  return { name, email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, password: `quiet ${randomUUID().slice(0, 6)} harbor lantern` };
}

export type Person = ReturnType<typeof newPerson>;

/**
 * Signs a new person up. Without a path it posts to better-auth's endpoint from the page's own
 * context (the same call the sign-up form's action makes), so the browser holds a real session
 * cookie without walking the form: most tests are not about signing up. With a path (a sign-up
 * that continues somewhere, such as joining a family) it walks the form, as that journey is the test.
 */
export async function signUp(page: Page, person: Person, path?: string) {
  if (path) return signUpThroughForm(page, person, path);
  await postToAuth(page, "/api/auth/sign-up/email", { name: person.name, email: person.email, password: person.password });
}

/** Signs in the same way: a session cookie from the endpoint the sign-in form's action calls. */
export async function signIn(page: Page, person: Person) {
  await postToAuth(page, "/api/auth/sign-in/email", { email: person.email, password: person.password });
}

async function postToAuth(page: Page, path: string, data: Record<string, string>) {
  // Relative to the page's context, whose baseURL may be a spec's own server; better-auth wants
  // the Origin a browser would send, so learn the absolute address from a cheap request first.
  const origin = page.url().startsWith("http") ? new URL(page.url()).origin : new URL((await page.request.get("/api/health")).url()).origin;
  const response = await page.request.post(new URL(path, origin).href, { data, headers: { origin } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
}

/** The whole sign-up form, then the recovery-code step skipped (the account specs test both). */
export async function signUpThroughForm(page: Page, person: Person, path = "/sign-up") {
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

/** The sign-in form (the account specs test it). */
export async function signInThroughForm(page: Page, person: Person) {
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

/**
 * A counselor account through its form (counselors sign up on a page of their own), then the
 * recovery-code step skipped; the counselor spec tests that step.
 */
export async function signUpCounselor(page: Page, person: Person, organization?: string) {
  await page.goto("/counselor/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  if (organization) await page.getByLabel("Organization").fill(organization);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create counselor account" }).click();
  await expect(page).toHaveURL(/\/account\/recovery-code\?welcome=1/);
  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page).toHaveURL(/\/counselor$/);
}
