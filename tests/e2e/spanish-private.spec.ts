import { test, expect } from "@playwright/test";
import { newPerson, signUp } from "./support/people";
import { addSession, localeOf } from "./support/sessions";

// The private pages' language (decision 052): the person's, kept by a plain form post to /language.

test("a visitor switches the sign-in page to Spanish; the choice stays on this browser", async ({ page, context }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "steady-lang");
  expect(cookie?.value).toBe("es");
  expect(cookie?.httpOnly).toBe(true);
  // Another private page reads Spanish too, with the frame's links to the Spanish guide.
  await page.goto("/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator('a.skip-link')).toHaveText("Ir al contenido principal");
  // And back.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a signed-in person's choice is saved on their account and follows them to another device", async ({ page, browser }) => {
  const person = newPerson("Idioma");
  await signUp(page, person);
  await page.goto("/account");
  expect(localeOf(person.email)).toBe("en");
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(localeOf(person.email)).toBe("es");

  // Another device: no language cookie, the same person signed in: Spanish, from the account.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await addSession(other, person.email);
  await phone.goto("/family");
  await expect(phone.locator("html")).toHaveAttribute("lang", "es");
  expect((await other.cookies()).some((c) => c.name === "steady-lang")).toBe(false);
  await other.close();
});

test("the switch refuses another site, a language it does not have, and never sends anyone off the site", async ({ request, baseURL }) => {
  const forged = await request.post("/language", { form: { locale: "es" }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect([403]).toContain(forged.status());
  const unknown = await request.post("/language", { form: { locale: "fr" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(unknown.status()).toBe(400);
  for (const next of ["//evil.example/x", "https://evil.example/x", "javascript:alert(1)"]) {
    const answer = await request.post("/language", { form: { locale: "es", next }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(answer.status(), next).toBe(303);
    expect(answer.headers()["location"], next).toBe("/");
  }
  const back = await request.post("/language", { form: { locale: "es", next: "/sign-up?x=1" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(back.headers()["location"]).toBe("/sign-up?x=1");
  expect((await request.get("/language", { maxRedirects: 0 })).status()).toBe(405);
});
