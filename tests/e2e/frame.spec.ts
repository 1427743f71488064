import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";
import { READING_PAGES } from "./pages";
import { pressKeys } from "./support/keys";

/**
 * The page frame on a phone (390 x 844): quick exit and "Get help" never scroll away, every call
 * is a button-sized target, and the numbers open with no JavaScript.
 */
const PHONE = { width: 390, height: 844 };
const FAMILY_PATHS = ["", "/check-ins", "/check-ins/new", "/plan", "/plan/edit", "/plan/history", "/members", "/counselors", "/settings"];

async function inViewport(page: Page, path: string) {
  await page.goto(path);
  // Scrolled to the bottom on every poll: a page can still grow after load (a notice, the menu's
  // room to scroll), and a single scroll then stops short of the new bottom for ever.
  await page.waitForFunction(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  });
  for (const control of [page.getByRole("link", { name: "Quick exit", exact: true }), page.locator("summary.get-help-button")]) {
    await expect(control, path).toBeInViewport({ ratio: 1 });
  }
}

/** Every visible tel: link on the page, with its box. */
async function telBoxes(page: Page) {
  return page.locator("a[href^='tel:']").evaluateAll((links) =>
    links
      .filter((a) => (a as HTMLElement).offsetParent !== null)
      .map((a) => {
        const box = a.getBoundingClientRect();
        return { href: a.getAttribute("href"), text: (a as HTMLElement).innerText, width: box.width, height: box.height, lines: a.getClientRects().length };
      }),
  );
}

let smallest = { width: Infinity, height: Infinity, where: "" };
function checkTargets(boxes: Awaited<ReturnType<typeof telBoxes>>, path: string) {
  for (const box of boxes) {
    expect(box.width, `${box.href} on ${path}`).toBeGreaterThanOrEqual(44);
    expect(box.height, `${box.href} on ${path}`).toBeGreaterThanOrEqual(44);
    expect(box.lines, `${box.href} on ${path} wraps`).toBe(1);
    if (box.width * box.height < smallest.width * smallest.height) smallest = { width: box.width, height: box.height, where: `${box.href} on ${path}` };
  }
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("quick exit and Get help stay on screen at the bottom of every public page; calls are big enough", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of READING_PAGES) {
      await inViewport(page, path);
      await page.locator("summary.get-help-button").click();
      checkTargets(await telBoxes(page), path);
    }
    console.log(`smallest tap target: ${Math.round(smallest.width)} x ${Math.round(smallest.height)} px (${smallest.where})`);
  });

  test("…and on every family page, where the tabs sit at the bottom", async ({ page }) => {
    test.setTimeout(120_000);
    await signUp(page, newPerson("Frame"));
    const familyId = await createFamily(page, "The Frame family");
    for (const path of FAMILY_PATHS) {
      await inViewport(page, `/family/${familyId}${path}`);
      await expect(page.getByRole("navigation", { name: "Family space" })).toBeInViewport();
      checkTargets(await telBoxes(page), path);
    }
    for (const path of ["/family", "/account"]) await inViewport(page, path);
  });

  test("the page frame is small: the title starts in the first screen", async ({ page }) => {
    await signUp(page, newPerson("Height"));
    const familyId = await createFamily(page, "The Height family");
    await page.goto(`/family/${familyId}`);
    const frame = await page.locator("h1").first().evaluate((h1) => h1.getBoundingClientRect().top);
    console.log(`page frame above the dashboard's title at 390 x 844: ${Math.round(frame)} px`);
    expect(frame).toBeLessThan(200);
    await expect(page.getByRole("link", { name: "Add a check-in" }).first()).toBeInViewport();
  });
});

test("the menu reaches the counselor space", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/guide/triggers");
  await page.locator("summary.header-control").click();
  await expect(page.getByRole("link", { name: "For counselors" })).toHaveAttribute("href", "/counselor");
});

test.describe("Get help without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("opens the numbers as call buttons, 911 first", async ({ page }) => {
    await page.goto("/guide/triggers");
    const panel = page.getByRole("complementary", { name: "Crisis numbers" });
    await expect(panel).toBeHidden();
    await page.locator("summary.get-help-button").click();
    await expect(panel).toBeVisible();
    await expect(panel.locator("a[href^='tel:']").first()).toHaveAttribute("href", "tel:911");
    await expect(panel.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
    await expect(panel.getByRole("link", { name: "Staying private on this device" })).toHaveAttribute("href", "/guide/staying-private");
  });
});

test.describe("quick exit keys", () => {
  test.beforeEach(async ({ page }) => {
    await page.route("https://weather.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>neutral" }));
  });

  test("Shift three times leaves, and the page is not in the back history", async ({ page }) => {
    await page.goto("/");
    await page.goto("/guide/triggers");
    await pressKeys(page, "Shift", 2);
    await expect(page).toHaveURL(/\/guide\/triggers$/);
    await pressKeys(page, "Shift", 1);
    await expect(page).toHaveURL("https://weather.com/");
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test("Shift presses far apart do nothing", async ({ page }) => {
    await page.goto("/guide/triggers");
    // 600 ms apart: no three of them within a second.
    await pressKeys(page, "Shift", 3, 600);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/guide\/triggers$/);
  });
});
