import { test, expect, pageIn } from "./support/test";
import { newPerson, signUp } from "./support/people";
import { addSession, localeOf } from "./support/sessions";
import { englishLeft } from "./support/english-left";
import es from "../../messages/es/account.json" with { type: "json" };

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

test("a signed-in person's choice is saved on their account and follows them to another device", async ({ page, tabs }) => {
  const person = newPerson("Idioma");
  await signUp(page, person);
  await page.goto("/account");
  expect(localeOf(person.email)).toBe("en");
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(localeOf(person.email)).toBe("es");

  // Another device: no language cookie, the same person signed in: Spanish, from the account.
  const other = await tabs.newContext();
  const phone = await pageIn(other);
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

test("each language links its own manifest, and both are served", async ({ request }) => {
  for (const [page, manifest, start] of [
    ["/guide/triggers", "/manifest.webmanifest", "/"],
    ["/es/guide/triggers", "/es/manifest.webmanifest", "/es"],
  ] as const) {
    const html = await (await request.get(page)).text();
    expect(html, page).toContain(`<link rel="manifest" href="${manifest}"`);
    const answer = await request.get(manifest);
    expect(answer.status(), manifest).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/manifest+json");
    expect((await answer.json()).start_url).toBe(start);
  }
});

test("an address no route answers gets 'page not found' in the address's language", async ({ page, request }) => {
  const spanish = await page.goto("/es/nada-por-aqui");
  expect(spanish?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esa página");
  await expect(page.locator("main").getByRole("link", { name: "guía", exact: true })).toHaveAttribute("href", "/es/guide");
  const english = await page.goto("/nothing-here");
  expect(english?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  // The language comes from the address (proxy.ts), never from a header the client sends.
  const forged = await request.get("/nothing-here", { headers: { "x-steady-address-locale": "es" } });
  expect(await forged.text()).toContain('<html lang="en"');
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("a Spanish visitor's form refuses a mistake in Spanish, next to the field, keeping what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.getByLabel(es.Auth.fields.name).fill("Marta");
    await page.getByLabel(es.Auth.fields.email).fill("marta@example.test");
    await page.getByLabel(es.Auth.fields.password, { exact: true }).fill("password1");
    await page.getByRole("button", { name: es.Auth.signUp.submit }).click();
    await expect(page.locator("#password-error")).toContainText(es.Auth.errors.passwordCommon);
    await expect(page.getByLabel(es.Auth.fields.email)).toHaveValue("marta@example.test");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    expect(await englishLeft(page, ["Marta"])).toEqual([]);
  });
});
