import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createFamily, newPerson, signUp } from "./support/people";

async function noViolations(page: Page, path: string) {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("family and counselor pages have no axe violations (phone width)", async ({ browser }) => {
  test.setTimeout(120_000);
  const family = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signUp(family, newPerson("Axe"));
  const familyId = await createFamily(family, "The Axe family");
  for (const path of ["", "/check-ins", "/check-ins/new", "/plan", "/plan/edit", "/plan/history", "/plan/print", "/members", "/counselors", "/settings"]) {
    await noViolations(family, `/family/${familyId}${path}`);
  }
  for (const path of ["/family", "/account"]) await noViolations(family, path);

  const counselor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await noViolations(counselor, "/counselor/sign-up");
  const person = newPerson("Quinn");
  await counselor.getByLabel("Your name").fill(person.name);
  await counselor.getByLabel("Email").fill(person.email);
  await counselor.getByLabel("Password").fill(person.password);
  await counselor.getByRole("button", { name: "Create counselor account" }).click();
  await expect(counselor).toHaveURL(/\/counselor$/);
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();
  await noViolations(family, new URL(link).pathname);
  await family.locator("#level-plan_summary").check();
  await family.getByRole("button", { name: "Connect" }).click();
  await expect(family).toHaveURL(/\/counselors/);
  for (const path of ["/counselor", "/counselor/links", `/counselor/families/${familyId}`]) await noViolations(counselor, path);
});
