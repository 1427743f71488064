import { test, expect, AXE_IN_EVERY_PAGE } from "./support/test";
import type { Page } from "@playwright/test";
import { newPerson, signUp } from "./support/people";

/**
 * The kept tab (tests/e2e/support/test.ts, decision 055): the next test in a worker gets the same
 * tab, with nothing of the last test in it but the cache.
 */
test.describe.configure({ mode: "serial" });

let first: Page | undefined;

test("a test signs in, stores, routes and resizes in its tab", async ({ page }) => {
  first = page;
  await signUp(page, newPerson("Kept"));
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account$/);
  await page.evaluate(async () => {
    localStorage.setItem("left", "1");
    sessionStorage.setItem("left", "1");
    await (await caches.open("left")).put("/left", new Response("left"));
  });
  await page.route("**/guide", (route) => route.fulfill({ body: "routed" }));
  await page.setViewportSize({ width: 320, height: 600 });
  expect((await page.context().cookies()).length).toBeGreaterThan(0);
});

test("the next test gets the same tab, signed out, with nothing stored, no route and its own size", async ({ page, viewport }) => {
  expect(page).toBe(first);
  expect(await page.context().cookies()).toEqual([]);
  await page.goto("/guide");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await caches.keys()).length])).toEqual([0, 0, 0]);
  expect(page.viewportSize()).toEqual(viewport);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});

let withAxe: Page | undefined;
const runsAxe = (page: Page) => page.evaluate(() => "axe" in window);

test.describe("with axe in every page", () => {
  test.use(AXE_IN_EVERY_PAGE);

  test("a test gets a tab that runs axe in every page", async ({ page }) => {
    withAxe = page;
    expect(page).not.toBe(first);
    await page.goto("/guide");
    expect(await runsAxe(page)).toBe(true);
  });

  test("the next such test gets the same tab", async ({ page }) => {
    expect(page).toBe(withAxe);
    await page.goto("/crisis");
    expect(await runsAxe(page)).toBe(true);
  });
});

test("a test without axe never gets a tab that runs it", async ({ page }) => {
  expect(page).toBe(first);
  await page.goto("/guide");
  expect(await runsAxe(page)).toBe(false);
});
