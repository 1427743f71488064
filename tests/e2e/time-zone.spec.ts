import { test, expect } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";

test("times follow the browser's zone, then the zone chosen in the account", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/Los_Angeles" });
  const page = await context.newPage();
  await signUp(page, newPerson("Zone"));
  const familyId = await createFamily(page, "The Zone family");
  await page.goto(`/family/${familyId}/plan/edit/goals`);
  await page.getByLabel("Recovery goals and reasons").fill("Be there for his kids.");
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page).toHaveURL(/plan\?saved=goals/);
  // The browser said Los Angeles (its time-zone cookie), so the save time says so.
  await expect(page.getByText(/Last saved by Zone on .* (PST|PDT)\./)).toBeVisible();

  await page.goto("/account");
  await page.getByLabel("Your time zone").selectOption("Pacific/Honolulu");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Saved. Times now show in this zone.")).toBeVisible();
  await page.goto(`/family/${familyId}/plan`);
  await expect(page.getByText(/Last saved by Zone on .* HST\./)).toBeVisible();

  // A tampered value is refused next to the field, and nothing changes.
  await page.goto("/account");
  await page.locator("#timeZone").evaluate((select) => {
    const option = document.createElement("option");
    option.value = "Mars/Olympus_Mons";
    option.textContent = "Mars";
    select.appendChild(option);
    (select as HTMLSelectElement).value = "Mars/Olympus_Mons";
  });
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.locator("#timeZone-error")).toContainText("Choose your time zone from the list.");
  await page.goto(`/family/${familyId}/plan`);
  await expect(page.getByText(/HST\./)).toBeVisible();
  await context.close();
});
