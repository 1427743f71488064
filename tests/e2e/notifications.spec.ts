import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { familyOfTwo, mayHaveUsed, PHONE } from "./support/family-of-two";
import { createFamily, newPerson, signUp, signUpCounselor } from "./support/people";
import { chooseUnofferedOption } from "./support/tamper";

// The notification screens on the main server (no mail). Emails: notifications-mail.spec.ts.

async function noViolations(page: Page) {
  expect(await axeViolations(page), page.url()).toEqual([]);
}

test("notification choices and 'Since you last looked' (phone)", async ({ tabs }) => {
  test.setTimeout(120_000);
  const { owner, member, familyId } = await familyOfTwo(tabs);

  // Defaults: alerts on, everything else off.
  await owner.goto(`/family/${familyId}/notifications`);
  await expect(owner.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expect(owner.getByLabel("When someone notes “may have used”")).toBeChecked();
  await expect(owner.getByLabel("A reminder to check in")).not.toBeChecked();
  await expect(owner.getByLabel("A weekly look back")).not.toBeChecked();
  await expect(owner.getByText("This site does not send email.")).toBeVisible();
  await noViolations(owner);

  // Choose a reminder on Mondays at 7 AM, and counselor changes.
  await owner.getByLabel("A reminder to check in").check();
  await owner.getByLabel("When a counselor is connected, changed or removed").check();
  await owner.getByLabel("Day").selectOption("monday");
  await owner.getByLabel("Time").selectOption("7");
  await owner.getByRole("button", { name: "Save my choices" }).click();
  await expect(owner.getByText("Saved. These are your choices for this family space.")).toBeVisible();
  await owner.screenshot({ path: "test-results/screenshots/notifications-390.png", fullPage: true });
  await owner.reload();
  await expect(owner.getByLabel("A reminder to check in")).toBeChecked();
  await expect(owner.getByLabel("Day")).toHaveValue("monday");
  await expect(owner.getByLabel("Time")).toHaveValue("7");

  // A tampered hour is refused next to the field; the ticks are kept.
  await chooseUnofferedOption(owner, "#reminderHour", "25");
  await owner.getByRole("button", { name: "Save my choices" }).click();
  await expect(owner.locator("#reminderHour-error")).toContainText("Choose an hour from the list.");
  await expect(owner.getByLabel("A reminder to check in")).toBeChecked();
  await owner.screenshot({ path: "test-results/screenshots/notifications-error-390.png", fullPage: true });

  // Quiet days: the owner chooses; a member only reads.
  await owner.goto(`/family/${familyId}/notifications`);
  await owner.getByLabel("Count the family as quiet after").selectOption("5");
  await owner.getByRole("button", { name: "Save for the family" }).click();
  await expect(owner.getByText("Saved for the whole family.")).toBeVisible();
  await member.goto(`/family/${familyId}/notifications`);
  await expect(member.getByText("The family’s owner chose 5 days without a check-in.")).toBeVisible();
  await expect(member.getByLabel("Count the family as quiet after")).toHaveCount(0);

  // The member notes "may have used": the owner sees it on the overview at once.
  await mayHaveUsed(member, familyId, "NOTE-MARKER found foil");
  await owner.goto(`/family/${familyId}`);
  const panel = owner.getByRole("region", { name: "Since you last looked" });
  await expect(panel).toContainText("Luis noted “may have used” in a check-in");
  await expect(panel.getByRole("link", { name: "What to do right now" })).toBeVisible();
  await expect(panel).not.toContainText("NOTE-MARKER");
  await owner.screenshot({ path: "test-results/screenshots/since-you-last-looked-390.png", fullPage: true });
  await noViolations(owner);
  // The person who noted it is not told about their own entry.
  await member.goto(`/family/${familyId}`);
  await expect(member.getByRole("region", { name: "Since you last looked" })).toHaveCount(0);
  // Seen: the panel goes until something new happens.
  await panel.getByRole("button", { name: "Mark these as seen" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}$`));
  await expect(owner.getByRole("region", { name: "Since you last looked" })).toHaveCount(0);

  // Reached from family settings and the account page.
  await owner.goto(`/family/${familyId}/settings`);
  await owner.getByRole("link", { name: "Choose what you hear about from this family space" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/notifications$`));
  await owner.goto("/account");
  await expect(owner.getByRole("link", { name: "Notifications for The Rivera family" })).toBeVisible();

  // Strangers and signed-out visitors get nothing.
  const stranger = await tabs.newPage();
  await signUp(stranger, newPerson("Stranger"));
  expect((await stranger.goto(`/family/${familyId}/notifications`))!.status()).toBe(404);
  expect(await stranger.content()).not.toContain("The Rivera family");
});

test("a counselor sees families connect and change; the page at desktop width", async ({ tabs }) => {
  test.setTimeout(120_000);
  const counselor = await tabs.newPage({ viewport: PHONE });
  const person = newPerson("Quinn");
  await signUpCounselor(counselor, person);
  // No mail on this server: no "Email me" box beside "does not send email", just the plain fact.
  await expect(counselor.getByText("This site does not send email, so these notices show only here, on your counselor home.")).toBeVisible();
  await expect(counselor.getByLabel(/Email me when a family connects/)).toHaveCount(0);
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();

  const family = await tabs.newPage({ viewport: { width: 1280, height: 900 } });
  await signUp(family, newPerson("Wide"));
  const familyId = await createFamily(family, "The Wide family");
  await family.goto(new URL(link).pathname);
  await family.locator("#level-plan").check();
  await family.getByRole("button", { name: "Connect" }).click();
  await expect(family).toHaveURL(/\/counselors/);

  await counselor.goto("/counselor");
  const panel = counselor.getByRole("region", { name: "Since you last looked" });
  await expect(panel).toContainText("The Wide family connected with you, and shares: the safety plan.");
  await counselor.screenshot({ path: "test-results/screenshots/counselor-notices-390.png", fullPage: true });
  await noViolations(counselor);
  await panel.getByRole("button", { name: "Mark these as seen" }).click();
  await expect(counselor.getByRole("region", { name: "Since you last looked" })).toHaveCount(0);

  // At desktop width the page reads well too (reached from "Data and settings").
  await family.goto(`/family/${familyId}/settings`);
  await family.getByRole("link", { name: "Choose what you hear about from this family space" }).click();
  await expect(family.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await family.screenshot({ path: "test-results/screenshots/notifications-1280.png" });
});

test("unsubscribe links: a bad one changes nothing; opening one changes nothing", async ({ page, request }) => {
  await page.goto(`/unsubscribe/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  const get = await request.get(`/api/unsubscribe/${"A".repeat(43)}`, { maxRedirects: 0 });
  expect(get.status()).toBe(303);
  const post = await request.post(`/api/unsubscribe/${"A".repeat(43)}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(post.status()).toBe(404);
});
