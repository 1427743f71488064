import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { axe } from "./support/axe";
import { createFamily, createFamilyThroughForm, newPerson, signUp } from "./support/people";

async function addCheckIn(page: Page, familyId: string, options: { signs: string[]; note: string; privately?: boolean; usedSuspected?: boolean }) {
  await page.goto(`/family/${familyId}/check-ins/new`);
  if (options.signs.length) await page.getByText("Show the warning signs").click();
  for (const sign of options.signs) await page.getByLabel(sign, { exact: true }).check();
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("3: Quite worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("2: Having a hard time").check();
  await page.getByLabel("Note").fill(options.note);
  if (options.privately) await page.getByLabel(/^Only me/).check();
  if (options.usedSuspected) await page.getByLabel(/may have used/).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  // Saved when the form has gone: a navigation before then would abort the save.
  await expect(page).not.toHaveURL(/\/check-ins\/new$/);
}

test("a family's space, from sign-up to deleting it", async ({ tabs }) => {
  test.setTimeout(120_000);
  const ownerPerson = newPerson("Rosa");
  const memberPerson = newPerson("Luis");
  const owner = await tabs.newPage();
  const member = await tabs.newPage();

  // sign up, create the family
  await signUp(owner, ownerPerson);
  const familyId = await createFamilyThroughForm(owner, "The Rivera family");
  await expect(owner.getByText(/No check-ins yet/i).first()).toBeVisible();

  // invite a second member, who joins from another browser
  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Create an invitation link" }).click();
  const link = (await owner.getByTestId("invite-link").innerText()).trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await member.goto(link);
  await expect(member.getByRole("heading", { name: "You are invited to join The Rivera family" })).toBeVisible();
  await member.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(member, memberPerson, member.url());
  await member.getByRole("button", { name: "Join The Rivera family" }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
  // Joining says so on the page it lands on (issue 17, item 8); a later visit does not repeat it.
  await expect(member.getByRole("status").filter({ hasText: "You joined The Rivera family." })).toBeVisible();
  await member.goto(`/family/${familyId}`);
  await expect(member.getByText("You joined The Rivera family.")).toHaveCount(0);

  // both log check-ins; the member's private one stays private
  await addCheckIn(owner, familyId, { signs: ["Talking about using again", "Talking about cravings or strong urges"], note: "Owner saw this at dinner." });
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}`));
  await addCheckIn(member, familyId, { signs: ["Pulling away from family and friends"], note: "PRIVATE-MARKER-LUIS", privately: true });
  await member.goto(`/family/${familyId}/check-ins`);
  await expect(member.getByText("PRIVATE-MARKER-LUIS")).toBeVisible();
  await expect(member.getByText("Owner saw this at dinner.")).toBeVisible();
  await owner.goto(`/family/${familyId}/check-ins`);
  await expect(owner.getByText("Owner saw this at dinner.")).toBeVisible();
  expect(await owner.content()).not.toContain("PRIVATE-MARKER-LUIS");

  // the dashboard names the stage the signs point to
  await owner.goto(`/family/${familyId}`);
  await expect(owner.getByText(/mental-stage signs/).first()).toBeVisible();
  expect((await axe(owner)).violations.map((v) => v.id)).toEqual([]);

  // "use happened or is suspected" leads straight to the family's own "right now" (tests/e2e/relapse-moment.spec.ts)
  await addCheckIn(member, familyId, { signs: [], note: "Found foil in the car.", usedSuspected: true });
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}/check-ins/right-now\\?checkIn=`));
  await expect(member.getByRole("status")).toContainText("Your check-in is saved. We let Rosa know.");
  await expect(member.getByRole("heading", { level: 1, name: "Right now" })).toBeVisible();
  await expect(member.getByRole("link", { name: "Back to your check-ins" })).toHaveAttribute("href", `/family/${familyId}/check-ins`);

  // build and print the safety plan
  await owner.goto(`/family/${familyId}/plan/edit`);
  await owner.getByRole("link", { name: "In an emergency" }).click();
  await owner.getByLabel("Where the naloxone is kept").fill("Kitchen drawer, left of the sink");
  await owner.getByRole("button", { name: "Save this part" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/plan\\?saved=emergency`));
  await owner.goto(`/family/${familyId}/plan/edit/people`);
  await owner.getByLabel("Name").first().fill("Aunt Marta");
  await owner.getByLabel("Phone").first().fill("555-0100");
  await owner.getByRole("button", { name: "Save and add another person" }).click();
  await expect(owner.getByRole("group", { name: "Person 2" })).toBeVisible();
  await expect(owner.getByLabel("Name").first()).toHaveValue("Aunt Marta");
  await owner.goto(`/family/${familyId}/plan`);
  await expect(owner.getByText("Kitchen drawer, left of the sink").first()).toBeVisible();
  await owner.goto(`/family/${familyId}/plan/print`);
  await owner.emulateMedia({ media: "print" });
  await expect(owner.getByText("Kitchen drawer, left of the sink").first()).toBeVisible();
  await expect(owner.locator('main a[href="tel:911"]').first()).toBeVisible();
  await expect(owner.locator("main").getByText("1-800-662-4357").first()).toBeVisible();
  await owner.emulateMedia({ media: "screen" });

  // export what the family holds
  const json = await owner.request.get(`/family/${familyId}/export/json`);
  expect(json.status()).toBe(200);
  expect(json.headers()["cache-control"]).toContain("no-store");
  const exported = await json.text();
  expect(exported).toContain("Owner saw this at dinner.");
  expect(exported).toContain("Kitchen drawer");
  expect(exported).not.toContain("PRIVATE-MARKER-LUIS");
  const csv = await member.request.get(`/family/${familyId}/export/csv`);
  expect(await csv.text()).toContain("PRIVATE-MARKER-LUIS");

  // delete the family: everything goes, for everyone
  await owner.goto(`/family/${familyId}/settings`);
  await owner.getByLabel(/Type the family's name/).fill("the rivera family");
  await owner.getByRole("button", { name: /Delete this family/ }).click();
  await expect(owner.locator("#confirmName-error")).toBeVisible();
  await owner.getByLabel(/Type the family's name/).fill("The Rivera family");
  await owner.getByRole("button", { name: /Delete this family/ }).click();
  await expect(owner).toHaveURL(/\/family\?deleted=1/);
  // The other member is told it was deleted by its owner (nothing of the family is kept).
  await member.goto(`/family/${familyId}`);
  await expect(member.getByRole("heading", { name: "This family space was deleted by its owner" })).toBeVisible();
});

test("check-in form: bad input is refused next to the field, typing kept, nothing saved", async ({ page }) => {
  await signUp(page, newPerson("Careful"));
  const familyId = await createFamily(page, "Careful family");
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByLabel("Date").fill("2099-01-01");
  await page.getByLabel("Note").fill("Still typing this.");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.locator("#date-error")).toBeVisible();
  await expect(page.locator("#worry-error")).toBeVisible();
  await expect(page.getByLabel("Note")).toHaveValue("Still typing this.");
  await page.goto(`/family/${familyId}/check-ins`);
  await expect(page.getByText("Still typing this.")).toHaveCount(0);
});

test("check-in form: an empty submit focuses the error summary, and its links focus the fields", async ({ page }) => {
  await signUp(page, newPerson("Summary"));
  const familyId = await createFamily(page, "Summary family");
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByRole("button", { name: "Save check-in" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /how you are doing yourself/i }).click();
  await expect(page.locator("#wellbeing input").first()).toBeFocused();
  await expect(page.locator("#wellbeing")).toHaveClass(/field-invalid/);
});

test("check-in form: a quick check-in is three taps, and a long paste is kept whole and counted", async ({ page }) => {
  await signUp(page, newPerson("Quick"));
  const familyId = await createFamily(page, "Quick family");
  await page.goto(`/family/${familyId}/check-ins/new`);
  // "may have used" is the first question, before any list of signs
  const first = await page.locator("form input:not([type=hidden])").first().getAttribute("name");
  expect(first).toBe("useSuspected");
  const paste = "a".repeat(2500);
  await page.getByLabel("Note").fill(paste);
  await expect(page.getByText("You have 500 characters too many")).toBeVisible();
  await expect(page.getByLabel("Note")).toHaveValue(paste);
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("2: A little worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("5: Doing well").check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.locator("#note-error")).toContainText("2,000");
  await expect(page.getByLabel("Note")).toHaveValue(paste);
  await page.getByLabel("Note").fill("Short now.");
  await expect(page.getByText("You have 1,990 characters left")).toBeVisible();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/check-ins\\?done=saved`));
});

test("safety plan form: a bad phone number is refused, typing kept", async ({ page }) => {
  await signUp(page, newPerson("Planner"));
  const familyId = await createFamily(page, "Planning family");
  await page.goto(`/family/${familyId}/plan/edit/people`);
  await page.getByLabel("Name").first().fill("Dr. Kim");
  await page.getByLabel("Phone").first().fill("call me maybe");
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page.locator('[id="people.0.phone-error"]')).toBeVisible();
  // The summary takes focus, and its link takes focus to the field.
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /Person 1: Phone/ }).click();
  await expect(page.locator('[id="people.0.phone"]')).toBeFocused();
  await expect(page.getByLabel("Name").first()).toHaveValue("Dr. Kim");
  await page.goto(`/family/${familyId}/plan`);
  await expect(page.getByText("Dr. Kim")).toHaveCount(0);
});
