import { test, expect } from "./support/test";
import { createFamily, newPerson, signUp } from "./support/people";

/**
 * Screenshots at 390 x 844 of the five pages a frightened parent meets first, kept in
 * test-results/screenshots/ so a person can look at them after every run.
 */
test.use({ viewport: { width: 390, height: 844 } });

test("screenshots: home, /right-now, dashboard, check-in form and plan", async ({ page }) => {
  test.setTimeout(90_000);
  const shoot = async (name: string) => {
    await expect(page.locator("h1").first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/${name}.png` });
    await page.screenshot({ path: `test-results/screenshots/${name}-full.png`, fullPage: true });
  };
  await page.goto("/");
  await shoot("home");
  await page.goto("/right-now");
  await shoot("right-now");
  await signUp(page, newPerson("Shot"));
  const familyId = await createFamily(page, "The Shot family");
  await page.goto(`/family/${familyId}/check-ins/new`);
  await shoot("check-in-form");
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("3: Quite worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("3: Getting by").check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/done=saved/);
  await page.goto(`/family/${familyId}`);
  await shoot("dashboard");
  await page.goto(`/family/${familyId}/plan`);
  await shoot("plan");
});
