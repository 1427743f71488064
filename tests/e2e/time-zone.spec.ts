import { test, expect, pageIn } from "./support/test";
import { createFamily, newPerson, signUp, signUpCounselor } from "./support/people";
import { chooseUnofferedOption } from "./support/tamper";

test("times follow the browser's zone, then the zone chosen in the account", async ({ tabs }) => {
  const context = await tabs.newContext({ timezoneId: "America/Los_Angeles" });
  const page = await pageIn(context);
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
  await chooseUnofferedOption(page, "#timeZone", "Mars/Olympus_Mons");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.locator("#timeZone-error")).toContainText("Choose your time zone from the list.");
  await page.goto(`/family/${familyId}/plan`);
  await expect(page.getByText(/HST\./)).toBeVisible();
  await context.close();
});

test("one zone per person: following a New York device, /notifications, the plan and the counselor log all say New York", async ({ tabs }) => {
  test.setTimeout(120_000);
  const context = await tabs.newContext({ timezoneId: "America/New_York", viewport: { width: 390, height: 844 } });
  const page = await pageIn(context);
  await signUp(page, newPerson("Eastern"));
  const familyId = await createFamily(page, "The Eastern family");
  // "Follow this device" chosen: the device's zone is sent with the choice and stored.
  await page.goto("/account");
  await page.getByLabel("Your time zone").selectOption("");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Saved. Times now show in this zone.")).toBeVisible();

  await page.goto(`/family/${familyId}/notifications`);
  await expect(page.getByText("In your time zone: Eastern time (New York).")).toBeVisible();
  await expect(page.getByText(/Central/)).toHaveCount(0);
  await page.getByText("In your time zone: Eastern time (New York).").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "docs/screenshots/phone/people-3-after.png" });

  await page.goto(`/family/${familyId}/plan/edit/goals`);
  await page.getByLabel("Recovery goals and reasons").fill("Be there for his kids.");
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page.getByText(/Last saved by Eastern on .* E[SD]T\./)).toBeVisible();

  // A counselor (in Chicago) looks at the plan; the family's log names and uses New York time.
  const counselorContext = await tabs.newContext({ timezoneId: "America/Chicago" });
  const counselor = await pageIn(counselorContext);
  await signUpCounselor(counselor, newPerson("Avery"), "Harbor Counseling");
  await counselor.goto("/counselor");
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();
  await page.goto(link);
  await page.getByLabel(/The safety plan and a check-in summary/).check();
  await page.getByRole("button", { name: "Connect" }).click();
  // The connection is saved once the family lands on its counselors page; before that the
  // counselor's page can still say they are not connected.
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/counselors`));
  await counselor.goto(`/counselor/families/${familyId}`);
  await expect(counselor.getByText("Be there for his kids.")).toBeVisible();

  await page.goto(`/family/${familyId}/counselors`);
  await expect(page.getByRole("columnheader", { name: "When (your time: Eastern time (New York))" })).toBeVisible();
  await expect(page.getByRole("cell", { name: / E[SD]T$/ }).first()).toBeVisible();
  await expect(page.getByText(/\bUTC\b/)).toHaveCount(0);
  await counselorContext.close();
  await context.close();
});
