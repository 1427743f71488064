import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { createFamily, newPerson, signUp, signUpCounselor } from "./support/people";
import { PHONE } from "./support/device";
import { expectFocusWithin, expectInView } from "./support/landing";

/**
 * Issue 17 items 2, 4, 5 and the counter of item 8, on a phone (390 x 844): after a submit the
 * person lands on what it made (a one-time link, an error summary, a saved plan part), in view and
 * focused; the quick check-in's Save is right after the answers it needs.
 * With SHOTS=before|after it also writes docs/screenshots/phone/forms-<item>-<when>.png.
 */
test.use({ viewport: PHONE });

async function shot(page: Page, name: string) {
  const when = process.env.SHOTS;
  if (!when) return;
  mkdirSync("docs/screenshots/phone", { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshots/phone/forms-${name}-${when}.png` });
}

test("item 2: a new one-time link and an error summary land in view with focus; the note's counter follows the reset", async ({ page }) => {
  await signUpCounselor(page, newPerson("Jordan"));

  // the connect link on /counselor
  await page.getByRole("button", { name: "Create a link to connect a family" }).click();
  const connect = page.locator(".one-time-link").filter({ has: page.getByTestId("connection-link") });
  await expect(connect).toBeVisible();
  await shot(page, "2-connect");
  await expectInView(connect);
  await expectFocusWithin(connect);
  await expect(connect).toContainText("We cannot show it again");
  await expect(connect.getByRole("button", { name: "Copy the link" })).toBeVisible();

  // an empty submit on /counselor/links: the family forms' error summary, in view and focused
  await page.goto("/counselor/links");
  await page.getByRole("button", { name: "Create the link" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  await shot(page, "2-links-error");
  await expectInView(summary);
  await expectFocusWithin(summary);
  await expect(summary.getByRole("link")).toHaveCount(1);

  // the reading-list link, after scrolling down to its button
  await page.getByLabel("The three stages of relapse").check();
  const note = page.getByLabel("A short note for the family");
  await note.fill("See you on Thursday, M.");
  await expect(page.locator("#note-count")).toHaveText("You have 977 characters left");
  await page.getByRole("button", { name: "Create the link" }).click();
  const reading = page.locator(".one-time-link").filter({ has: page.getByTestId("reading-list-link") });
  await expect(reading).toBeVisible();
  await shot(page, "2-links");
  await expectInView(reading);
  await expectFocusWithin(reading);
  // item 8: the form was reset after the link was made; the counter says so
  await expect(note).toHaveValue("");
  await expect(page.locator("#note-count")).toHaveText("You have 1,000 characters left");

  // a second link moves focus to the new one again
  await page.getByLabel("The three stages of relapse").check();
  await page.getByRole("button", { name: "Create another link" }).click();
  await expectFocusWithin(reading);
  await expectInView(reading);
});

test("item 4: after saving a plan part the person lands on it, with Saved and Next; a failed save shows only the error", async ({ page, context }) => {
  await signUp(page, newPerson("Rosa"));
  const familyId = await createFamily(page, "The Rivera family");

  await page.goto(`/family/${familyId}/plan/edit/emergency`);
  await page.getByLabel("Where the naloxone is kept").fill("Kitchen drawer by the sink");
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page).toHaveURL(/\/plan\?saved=emergency/);
  await shot(page, "4-saved");
  const saved = page.getByTestId("saved-part");
  await expect(saved).toBeVisible();
  await expect(saved).toContainText("Saved");
  // the person's own words, not the built-in overdose steps, are what they land on
  await expect(saved).toContainText("Kitchen drawer by the sink");
  await expectInView(saved.getByText("Kitchen drawer by the sink"));
  await expectFocusWithin(saved);
  const next = saved.getByRole("link", { name: "Next: People to call" });
  await expectInView(next);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/plan/edit/people$`));

  // a list part saved with "add another", then a save refused because the plan changed meanwhile
  await page.getByRole("textbox", { name: /^Name/ }).first().fill("Aunt Carmen");
  await page.getByRole("button", { name: "Save and add another person" }).click();
  await expect(page).toHaveURL(/added=1/);
  await expect(page.getByText("There is a new empty row below")).toBeVisible();
  const other = await context.newPage();
  await other.goto(`/family/${familyId}/plan/edit/goals`);
  await other.getByLabel("Recovery goals and reasons").fill("To be there for his daughter");
  await other.getByRole("button", { name: "Save this part" }).click();
  await expect(other).toHaveURL(/saved=goals/);
  // "Next" follows the plan's order (lib/family/plan/parts.ts)
  await expect(other.getByTestId("saved-part").getByRole("link", { name: /^Next:/ })).toHaveText("Next: Aftercare");
  // …and someone changes the people to call meanwhile
  await other.goto(`/family/${familyId}/plan/edit/people`);
  await other.getByRole("textbox", { name: /^Name/ }).first().fill("Aunt Carmen R.");
  await other.getByRole("button", { name: "Save this part" }).click();
  await expect(other).toHaveURL(/saved=people/);
  await other.close();

  await page.getByRole("textbox", { name: /^Name/ }).nth(1).fill("Pastor Ruiz");
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page.locator(".error-summary")).toContainText("Someone else changed this part");
  await shot(page, "4-error");
  await expect(page.locator(".form-success")).toHaveCount(0);
  await expect(page.getByText("There is a new empty row below")).toHaveCount(0);
});

test("item 5: the quick check-in's Save is within one screen of the required answers, and saves", async ({ page }) => {
  await signUp(page, newPerson("Maya"));
  const familyId = await createFamily(page, "The Chen family");
  await page.goto(`/family/${familyId}/check-ins/new`);
  const wellbeing = page.getByRole("group", { name: "How are you doing yourself?" });
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("3: Quite worried").check();
  await wellbeing.getByLabel("2: Having a hard time").check();
  await shot(page, "5");
  const save = page.getByRole("button", { name: "Save now" });
  const after = (await wellbeing.boundingBox())!;
  const button = (await save.boundingBox())!;
  expect(button.y - (after.y + after.height)).toBeGreaterThanOrEqual(0);
  expect(button.y + button.height - (after.y + after.height)).toBeLessThan(PHONE.height);
  await save.click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/check-ins`));
  await expect(page).not.toHaveURL(/\/new$/);
});
