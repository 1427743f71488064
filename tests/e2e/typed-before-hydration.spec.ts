import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";

/**
 * On a slow phone a person can change a filled-in text box before the page's JavaScript has run.
 * React used to put such a box back to its first text when it hydrated the page, and the old words
 * were saved (components/ui/form/keep-typed-text.ts). Here the framework's scripts are held back
 * until the person has typed.
 */

/**
 * Opens `path` with the framework's scripts held back, changes the filled-in box `label` (its
 * first text `before`) to `after`, lets the scripts run, and waits until React has hydrated the box.
 */
async function changeBeforeHydration(page: Page, path: string, label: string, before: string, after: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Routing also turns off the tab's HTTP cache, so every script really waits.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path, { waitUntil: "domcontentloaded" });
  const box = page.getByLabel(label);
  await expect(box).toHaveValue(before);
  await box.fill(after);
  release();
  // React has hydrated the box once its fiber is on the element.
  await box.evaluate((element) => new Promise<void>((resolve) => {
    const check = () => (Object.keys(element).some((key) => key.startsWith("__reactFiber")) ? resolve() : setTimeout(check, 50));
    check();
  }));
  await expect(box).toHaveValue(after);
  await page.unrouteAll({ behavior: "ignoreErrors" });
}

test("a part of the plan changed before the page's JavaScript ran saves the new words", async ({ page }) => {
  await signUp(page, newPerson("Early"));
  const familyId = await createFamily(page, "The Early family");
  const edit = `/family/${familyId}/plan/edit/goals`;
  await page.goto(edit);
  await page.getByLabel("Recovery goals and reasons").fill("Finish the course.");
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page).toHaveURL(/plan\?saved=goals/);

  await changeBeforeHydration(page, edit, "Recovery goals and reasons", "Finish the course.", "Be there for his kids, and finish the course.");

  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page).toHaveURL(/plan\?saved=goals/);
  await expect(page.getByText("Be there for his kids, and finish the course.")).toBeVisible();
});

test("a check-in's note changed before the page's JavaScript ran saves the new note", async ({ page }) => {
  await signUp(page, newPerson("Early"));
  const familyId = await createFamily(page, "The Early family");
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("2: A little worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("3: Getting by").check();
  await page.getByLabel("Note").fill("We talked at dinner.");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/done=saved/);
  const edit = await page.getByRole("link", { name: /^Edit or delete the check-in from / }).getAttribute("href");

  await changeBeforeHydration(page, edit!, "Note", "We talked at dinner.", "We talked again in the morning.");

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/done=updated/);
  await expect(page.getByText("We talked again in the morning.")).toBeVisible();
});
