import { test, expect, type Browser, type Page } from "@playwright/test";
import { axe } from "./support/axe";
import { createFamily, newPerson, signUp, signUpCounselor } from "./support/people";
import type { Server } from "../support/server";
import { startMailServer } from "../support/mail-server";
import type { TestSmtp } from "../support/smtp";

const PHONE = { width: 390, height: 844 };

async function noViolations(page: Page) {
  const results = await axe(page);
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** An owner with a family, and a second member who joined by invitation (each in their own browser). */
async function familyOfTwo(browser: Browser, base?: string) {
  const ownerPerson = newPerson("Ana");
  const memberPerson = newPerson("Luis");
  const options = { viewport: PHONE, ...(base ? { baseURL: base } : {}) };
  const owner = await (await browser.newContext(options)).newPage();
  const member = await (await browser.newContext(options)).newPage();
  await signUp(owner, ownerPerson);
  const familyId = await createFamily(owner, "The Rivera family");
  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Create an invitation link" }).click();
  const link = (await owner.getByTestId("invite-link").innerText()).trim();
  await member.goto(new URL(link).pathname);
  await member.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(member, memberPerson, member.url());
  await member.getByRole("button", { name: "Join The Rivera family" }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
  return { owner, member, familyId, ownerPerson, memberPerson };
}

async function mayHaveUsed(page: Page, familyId: string, note: string) {
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("3: Quite worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("2: Having a hard time").check();
  await page.getByLabel("Note").fill(note);
  await page.getByLabel(/may have used/).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/check-ins\/right-now\?checkIn=/);
}

test("notification choices and 'Since you last looked' (phone)", async ({ browser }) => {
  test.setTimeout(120_000);
  const { owner, member, familyId } = await familyOfTwo(browser);

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
  await owner.locator("#reminderHour").evaluate((select) => {
    const option = document.createElement("option");
    option.value = "25";
    option.textContent = "25";
    select.appendChild(option);
    (select as HTMLSelectElement).value = "25";
  });
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
  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, newPerson("Stranger"));
  expect((await stranger.goto(`/family/${familyId}/notifications`))!.status()).toBe(404);
  expect(await stranger.content()).not.toContain("The Rivera family");
});

test("a counselor sees families connect and change; the page at desktop width", async ({ browser }) => {
  test.setTimeout(120_000);
  const counselor = await (await browser.newContext({ viewport: PHONE })).newPage();
  const person = newPerson("Quinn");
  await signUpCounselor(counselor, person);
  // No mail on this server: no "Email me" box beside "does not send email", just the plain fact.
  await expect(counselor.getByText("This site does not send email, so these notices show only here, on your counselor home.")).toBeVisible();
  await expect(counselor.getByLabel(/Email me when a family connects/)).toHaveCount(0);
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();

  const family = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
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

test.describe("with mail on (a server of its own, a real SMTP server in the test)", () => {
  let server: Server | undefined;
  let smtp: TestSmtp;
  let stop: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    ({ server, smtp, stop } = await startMailServer("mail-e2e"));
  });
  test.afterAll(async () => {
    await stop?.();
  });

  test("an alert arrives as a bland email; its link asks first; one click turns that kind off", async ({ browser }) => {
    test.setTimeout(120_000);
    const { owner, member, familyId, ownerPerson } = await familyOfTwo(browser, server!.url);
    await owner.goto(`/family/${familyId}/notifications`);
    await expect(owner.getByText(ownerPerson.email)).toBeVisible();

    await mayHaveUsed(member, familyId, "NOTE-MARKER he was nodding off");
    await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual([ownerPerson.email]);
    expect(mail.parsed.subject).toBe("Something new in your family space");
    // (The integration leak test checks every kind against the full list; here, the obvious ones.)
    const said = `${mail.parsed.subject}\n${mail.parsed.text}\n${mail.parsed.html}`.replace(/[A-Za-z0-9_-]{43}/g, "<token>");
    expect(said).not.toMatch(/NOTE-MARKER|\b(Luis|Ana|Rivera|used|opioids?)\b/i);
    const unfolded = mail.raw.replace(/\r?\n[ \t]+/g, " ");
    const oneClick = /^List-Unsubscribe: <([^>]+)>/m.exec(unfolded)![1]!;
    expect(unfolded).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const pageLink = /(http\S+\/unsubscribe\/[A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? "")![1]!;

    // Opening the link asks; it does not change anything.
    const reader = await (await browser.newContext({ viewport: PHONE })).newPage();
    await reader.goto(pageLink);
    await expect(reader.getByRole("heading", { name: "Stop these emails?" })).toBeVisible();
    await reader.screenshot({ path: "test-results/screenshots/unsubscribe-390.png", fullPage: true });
    await owner.goto(`/family/${familyId}/notifications`);
    await expect(owner.getByLabel("When someone notes “may have used”")).toBeChecked();

    // A mail program's one-click POST (RFC 8058) turns alerts off, without signing in.
    const response = await fetch(oneClick, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(response.status).toBe(200);
    await owner.reload();
    await expect(owner.getByLabel("When someone notes “may have used”")).not.toBeChecked();

    // The page's button works too (and says so).
    await reader.getByRole("button", { name: "Stop this kind of email" }).click();
    await expect(reader.getByText("You will not get this kind of email any more.")).toBeVisible();
  });
});
