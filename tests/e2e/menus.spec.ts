import { test, expect } from "./support/test";
import { createFamily, newPerson, signUp } from "./support/people";

test.use({ viewport: { width: 390, height: 844 } });

test("a phone: Your account and Sign out are in More and in the header menu; More closes after a choice and never covers Call 911", async ({ page }) => {
  await signUp(page, newPerson("Menu"));
  const familyId = await createFamily(page, "The Menu family");
  await page.goto(`/family/${familyId}`);

  // At the very bottom of the page, the footer's Call 911 sits just above the tabs.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const more = page.locator(".family-tab-more details");
  await more.locator("summary").click();
  const panel = more.locator("ul");
  await expect(panel.getByRole("link", { name: "Your account" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/phone/people-6-after.png" });
  const call = page.locator(".site-footer").getByRole("link", { name: "Call 911" });
  const [a, b] = [await call.boundingBox(), await panel.boundingBox()];
  const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
  expect(overlap, `Call 911 ${JSON.stringify(a)} is under More ${JSON.stringify(b)}`).toBe(false);
  expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y);
  expect(a!.y).toBeGreaterThanOrEqual(0);

  // Choosing a page closes More.
  await panel.getByRole("link", { name: "Members" }).click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/members$`));
  await expect(more).not.toHaveAttribute("open");
  await expect(panel).toBeHidden();

  // The header menu on a signed-in page carries them too; on a reading page (static) it does not.
  await page.locator(".site-menu summary").click();
  await expect(page.locator(".site-menu-panel").getByRole("link", { name: "Your account" })).toBeVisible();
  await expect(page.locator(".site-menu-panel").getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/guide");
  await page.locator(".site-menu summary").click();
  await expect(page.locator(".site-menu-panel").getByRole("link", { name: "Your account" })).toBeHidden();

  // Sign out from More.
  await page.goto(`/family/${familyId}`);
  await more.locator("summary").click();
  await panel.getByRole("button", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(new RegExp(familyId));
});
