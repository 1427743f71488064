import { expect, type Locator } from "@playwright/test";
import { PHONE } from "./device";

/** The element's top is on screen: below the sticky header, above the bottom of the phone (or its tabs). */
export async function expectInView(locator: Locator) {
  const page = locator.page();
  const box = await locator.boundingBox();
  expect(box, "element has a box").not.toBeNull();
  const header = await page.locator(".site-header").first().boundingBox();
  const tabs = (await page.locator(".family-nav").count()) ? await page.locator(".family-nav").first().boundingBox() : null;
  const top = header ? header.y + header.height : 0;
  const bottom = tabs && tabs.y > 0 ? tabs.y : PHONE.height;
  expect(box!.y, "below the sticky header").toBeGreaterThanOrEqual(top - 1);
  expect(box!.y + Math.min(box!.height, 40), "above the bottom of the screen (or the tabs)").toBeLessThanOrEqual(bottom);
}

/** Focus is on the element itself (a screen reader starts at its words), or inside it. */
export async function expectFocusWithin(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
}
