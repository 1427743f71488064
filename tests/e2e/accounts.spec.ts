import { test, expect, pageIn } from "./support/test";
import { axe } from "./support/axe";
import { createFamily, newPerson, signInThroughForm as signIn, signUpThroughForm as signUp } from "./support/people";

test("sign-up refuses bad input next to the field and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your first name or a nickname").fill("Maria");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  // The error summary repeats each message as a link; these are the ones next to the fields.
  await expect(page.locator("#email-error")).toContainText("Enter an email address like name@example.com.");
  await expect(page.locator("#password-error")).toContainText(/too common or easy to guess/);
  await expect(page.getByLabel("Your first name or a nickname")).toHaveValue("Maria");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password")).toHaveValue(""); // secrets are never sent back
  expect((await axe(page)).violations).toEqual([]);
});

test("sign-up works without JavaScript, and errors show too", async ({ tabs }) => {
  const context = await tabs.newContext({ javaScriptEnabled: false });
  const page = await pageIn(context);
  await page.goto("/sign-up");
  await page.getByLabel("Your first name or a nickname").fill("Sam");
  await page.getByLabel("Email").fill("sam@");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toContainText("Use at least 8 characters.");
  await expect(page.getByLabel("Your first name or a nickname")).toHaveValue("Sam");
  const person = newPerson("Sam");
  await signUp(page, person);
  await expect(page).toHaveURL(/\/family$/);
  await context.close();
});

test("session cookie is HttpOnly and SameSite=Lax; sign out ends it", async ({ page, context }) => {
  const person = newPerson("Cookie");
  await signUp(page, person);
  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  await page.goto("/account");
  await page.locator("#main").getByRole("button", { name: "Sign out" }).click();
  // Signing out says so where it lands (issue 17, item 8; decision 045).
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);
  await expect(page.getByRole("status").filter({ hasText: "You are signed out." })).toBeVisible();
  await page.goto("/family");
  // Signed out: the family space's introduction, not the family list.
  await expect(page.getByRole("heading", { name: "A private space for your family" })).toBeVisible();
});

test("changing the password signs out other devices", async ({ tabs }) => {
  const person = newPerson("Changer");
  const phone = await tabs.newPage();
  const laptop = await tabs.newPage();
  await signUp(phone, person);
  await signIn(laptop, person);
  await phone.goto("/account");
  await phone.getByLabel("Current password").fill(person.password);
  await phone.getByLabel("New password").fill(`${person.password} again`);
  await phone.getByRole("button", { name: "Change password" }).click();
  await expect(phone.getByText(/Other devices have been signed out/)).toBeVisible();
  await laptop.goto("/family");
  await expect(laptop.getByRole("heading", { name: "A private space for your family" })).toBeVisible();
  await phone.goto("/family");
  await expect(phone).toHaveURL(/\/family$/);
});

// Sign-in limits are tested on servers with limits on: tests/e2e/rate-limits.spec.ts.

test("family pages are private: no-store, noindex, and strangers get 404", async ({ page, tabs, request }) => {
  const owner = newPerson("Private");
  await signUp(page, owner);
  const familyId = await createFamily(page, "The Private Family");
  const response = await page.goto(`/family/${familyId}/members`);
  expect(response!.headers()["cache-control"]).toContain("no-store");
  expect(response!.headers()["x-robots-tag"]).toContain("noindex");

  const stranger = await tabs.newPage();
  await signUp(stranger, newPerson("Stranger"));
  const everyFamilyPath = ["", "/check-ins", "/check-ins/new", "/plan", "/plan/edit", "/plan/edit/people", "/check-ins/right-now", "/plan/history", "/plan/print", "/members", "/counselors", "/settings", "/export/json", "/export/csv"];
  for (const path of everyFamilyPath) {
    const r = await stranger.goto(`/family/${familyId}${path}`);
    expect(r!.status(), path).toBe(404);
    expect(await stranger.content()).not.toContain("The Private Family");
  }
  const anonymous = await request.get(`/family/${familyId}/export/json`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(404);
  const anonymousPage = await request.get(`/family/${familyId}/members`, { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(anonymousPage.status());
});

test("deleting an account", async ({ page, baseURL }) => {
  const person = newPerson("Leaving");
  await signUp(page, person);
  await createFamily(page, "Solo");
  // Only through our own rules (lib/account): better-auth's raw endpoint is off.
  const raw = await page.request.post("/api/auth/delete-user", { data: {}, headers: { origin: baseURL! } });
  expect(raw.status()).not.toBe(200);
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  await page.goto("/account");
  await page.getByLabel("Your password").fill("not it at all");
  await page.getByLabel("I understand this cannot be undone.").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#password-error")).toContainText("That password is not right.");
  await page.getByLabel("Your password").fill(person.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted/);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#password-error")).toContainText("That email and password do not match an account.");
});
