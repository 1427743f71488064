import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { E2E_BASE_URL } from "../../../playwright.config";
import { addCounselorProfile, addSession, createAccount, createFamilyFor } from "./sessions";

/**
 * One password for everyone a worker makes up, long and uncommon so the strength check passes.
 * Accounts written into the database (support/sessions.ts) carry its hash, and a hash is about
 * 0.1 s of the worker's CPU: one per worker, not one per person. Tests about passwords type others.
 */
const PASSWORD = `quiet ${randomUUID().slice(0, 6)} harbor lantern`;

/** A new person for one test. */
export function newPerson(name: string) {
  return { name, email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD };
}

export type Person = ReturnType<typeof newPerson>;

/**
 * Signs a new person up and in. Most tests are not about signing up: on the main e2e server the
 * account and a session are written straight into its database (support/sessions.ts). On a server
 * a spec started itself, whose database the helpers do not know, it posts to better-auth's endpoint
 * from the page's own context, as the sign-up form's action does. With a path (a sign-up that
 * continues somewhere, such as joining a family) it walks the form, as that journey is the test.
 */
export async function signUp(page: Page, person: Person, path?: string) {
  if (path) return signUpThroughForm(page, person, path);
  const origin = await originOf(page);
  if (origin !== E2E_BASE_URL) return postToAuth(page, origin, "/api/auth/sign-up/email", { name: person.name, email: person.email, password: person.password });
  await createAccount(person);
  await addSession(page.context(), person.email);
}

/** Signs an existing person in (another device, after signing out) the same two ways. */
export async function signIn(page: Page, person: Person) {
  const origin = await originOf(page);
  if (origin !== E2E_BASE_URL) return postToAuth(page, origin, "/api/auth/sign-in/email", { email: person.email, password: person.password });
  await addSession(page.context(), person.email);
}

/** The page's server: where it is, or, on a blank page, where its context's relative URLs go. */
async function originOf(page: Page) {
  return page.url().startsWith("http") ? new URL(page.url()).origin : new URL((await page.request.get("/api/health")).url()).origin;
}

async function postToAuth(page: Page, origin: string, path: string, data: Record<string, string>) {
  // better-auth wants the Origin a browser would send.
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

/**
 * A family for the person signed in on the page, its dashboard open. On the main e2e server it is
 * written into the database (support/sessions.ts), as sign-up is; elsewhere, and in the specs
 * about creating a family, through the form.
 */
export async function createFamily(page: Page, name: string) {
  if ((await originOf(page)) !== E2E_BASE_URL) return createFamilyThroughForm(page, name);
  const familyId = await createFamilyFor(page.context(), name);
  await page.goto(`/family/${familyId}`);
  return familyId;
}

/** The form on /family, as a person creates their family space. */
export async function createFamilyThroughForm(page: Page, name: string) {
  await page.goto("/family");
  await page.getByLabel("Name of your family space").fill(name);
  await page.getByRole("button", { name: "Create family space" }).click();
  await expect(page).toHaveURL(/\/family\/[^/]+$/);
  return page.url().split("/family/")[1]!;
}

/**
 * A counselor signed in, on /counselor. On the main e2e server the account and its counselor
 * profile are written into the database, as for signUp; elsewhere through the form.
 */
export async function signUpCounselor(page: Page, person: Person, organization?: string) {
  if ((await originOf(page)) !== E2E_BASE_URL) return signUpCounselorThroughForm(page, person, organization);
  await createAccount(person);
  addCounselorProfile(person.email, organization);
  await addSession(page.context(), person.email);
  await page.goto("/counselor");
}

/**
 * A counselor account through its form (counselors sign up on a page of their own), then the
 * recovery-code step skipped; the counselor spec tests that step.
 */
export async function signUpCounselorThroughForm(page: Page, person: Person, organization?: string) {
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
