import { test, expect, AXE_IN_EVERY_PAGE } from "./support/test";
import type { Page } from "@playwright/test";
import { axe } from "./support/axe";
import { englishLeft } from "./support/english-left";
import { createFamily, newPerson, signUp } from "./support/people";
import { setLocale } from "./support/sessions";

/**
 * Every private page a family and a counselor meet, as a Spanish reader (issue 18, decision 052):
 * no English word left in what the page shows (the person's own names aside), `lang="es"`, and no
 * axe violation at phone width. The area specs (spanish-*.spec.ts) walk the forms; this one is
 * the whole-house sweep that fails when a new screen forgets its Spanish.
 */
const PHONE = { width: 390, height: 844 };
// Every page these tests open gets an axe check: their tabs run axe from the start.
test.use(AXE_IN_EVERY_PAGE);

async function inSpanish(page: Page, path: string, own: string[]) {
  await page.goto(path);
  await expect(page.locator("html"), path).toHaveAttribute("lang", "es");
  expect(await englishLeft(page, own), path).toEqual([]);
  const results = await axe(page);
  expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("a Spanish family's pages: all in Spanish, no axe violations (phone width)", async ({ tabs }) => {
  test.setTimeout(180_000);
  const page = await tabs.newPage({ viewport: PHONE });
  const person = newPerson("Rosa");
  await signUp(page, person);
  const familyId = await createFamily(page, "Familia Ortiz");
  setLocale(person.email, "es");
  const own = ["Rosa", "Familia Ortiz"];
  for (const path of ["", "/check-ins", "/check-ins/new", "/plan", "/plan/edit", "/plan/history", "/plan/print", "/members", "/counselors", "/settings", "/notifications"]) {
    await inSpanish(page, `/family/${familyId}${path}`, own);
  }
  for (const path of ["/family", "/account", "/account/recovery-code"]) await inSpanish(page, path, own);
});

test("a Spanish counselor's pages and a Spanish visitor's forms: all in Spanish, no axe violations (phone width)", async ({ tabs }) => {
  test.setTimeout(180_000);
  const visitor = await tabs.newPage({ viewport: PHONE });
  await visitor.goto("/sign-in");
  await visitor.getByRole("button", { name: "Español" }).click();
  await expect(visitor.locator("html")).toHaveAttribute("lang", "es");
  for (const path of ["/sign-in", "/sign-up", "/sign-in/recover", "/counselor/sign-up", "/family"]) await inSpanish(visitor, path, []);

  const counselor = await tabs.newPage({ viewport: PHONE });
  const person = newPerson("Lucia");
  await signUp(counselor, person);
  setLocale(person.email, "es");
  for (const path of ["/counselor/become", "/account"]) await inSpanish(counselor, path, ["Lucia"]);
});
