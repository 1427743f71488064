import { test, expect, pageIn } from "./support/test";
import type { Tabs } from "./support/test";
import type { Page } from "@playwright/test";
import { createFamily, newPerson, signUp, signUpCounselor, type Person } from "./support/people";

/**
 * Issue 8, sharing and counselor items: Copy/Share on one-time links, confirmation steps, the
 * shared reading list in the app's frame with a way back, counselor messages after a family ends
 * the connection or deletes its space, the deletion confirmation, and /family signed out.
 */
const PHONE = { width: 390, height: 844 };


async function phone(tabs: Tabs, options: { javaScriptEnabled?: boolean; clipboard?: boolean } = {}) {
  const context = await tabs.newContext({ viewport: PHONE, javaScriptEnabled: options.javaScriptEnabled ?? true });
  if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  return pageIn(context);
}

async function joinFamily(owner: Page, member: Page, familyId: string, familyName: string, person: Person) {
  await owner.goto(`/family/${familyId}/members`);
  await owner.getByRole("button", { name: "Create an invitation link" }).click();
  const link = (await owner.getByTestId("invite-link").innerText()).trim();
  await member.goto(link);
  await member.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(member, person, member.url());
  await member.getByRole("button", { name: `Join ${familyName}` }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
}

test("a one-time link has Copy with a spoken 'Copied', and shows as plain text without JavaScript", async ({ tabs }) => {
  const counselor = await phone(tabs, { clipboard: true });
  await signUpCounselor(counselor, newPerson("Copier"));
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();
  expect(link).toMatch(/\/connect\/[A-Za-z0-9_-]{43}$/);

  const status = counselor.getByTestId("connection-link-status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(status).toHaveText("");
  await counselor.getByRole("button", { name: "Copy the link" }).click();
  await expect(counselor.getByRole("button", { name: /Copied/ })).toBeVisible();
  await expect(status).toHaveText(/^Copied\./);
  expect(await counselor.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await counselor.screenshot({ path: "test-results/screens/one-time-link-copied-390.png", fullPage: false });

  // Without JavaScript: the same form still makes a link, shown in a box to select; no buttons that cannot work.
  const noScript = await tabs.newPage({ viewport: PHONE, javaScriptEnabled: false, storageState: await counselor.context().storageState() });
  await noScript.goto("/counselor");
  await noScript.getByRole("button", { name: "Create a link to connect a family" }).click();
  await expect(noScript.getByTestId("connection-link")).toHaveText(/\/connect\/[A-Za-z0-9_-]{43}$/);
  await expect(noScript.getByRole("button", { name: "Copy the link" })).toHaveCount(0);
});

test("the shared reading list wears the app's frame, guide pages lead back to it, ending it asks first, then 410", async ({ tabs, request }) => {
  const counselor = await phone(tabs);
  await signUpCounselor(counselor, newPerson("Lists"));
  await counselor.goto("/counselor/links");
  await counselor.getByLabel("The three stages of relapse").check();
  await counselor.getByLabel("Private label").fill("for the back-link test");
  await counselor.getByRole("button", { name: "Create the link" }).click();
  const link = (await counselor.getByTestId("reading-list-link").innerText()).trim();

  const family = await phone(tabs);
  const opened = await family.goto(link);
  expect(opened!.status()).toBe(200);
  expect(opened!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(opened!.headers()["cache-control"]).toContain("no-store");
  expect(opened!.headers()["x-robots-tag"]).toContain("noindex");
  // The app's own header with quick exit and "Get help", and its compiled stylesheet.
  await expect(family.locator("header.site-header")).toBeVisible();
  await expect(family.locator("header.site-header .get-help")).toBeVisible();
  // The app's own stylesheet (inlined into the page since decision 035), not one of its own.
  expect(await family.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(".site-header"))))).toBe(true);
  await family.screenshot({ path: "test-results/screens/shared-list-390.png", fullPage: true });

  // Into a guide page and back: the guide page is still the static, prerendered one.
  await family.getByRole("link", { name: /The three stages of relapse/ }).click();
  await expect(family).toHaveURL(/\/guide\/stages-of-relapse$/);
  await family.getByTestId("back-to-reading-list").click();
  await expect(family).toHaveURL(new RegExp(`${new URL(link).pathname}\\?back=1$`));
  await expect(family.getByRole("heading", { name: "Reading chosen for you" })).toBeVisible();
  const guide = await request.get("/guide/stages-of-relapse");
  expect(guide.headers()["x-nextjs-prerender"]).toBeTruthy();
  // A guide page opened without a list in this tab offers no such link.
  const stranger = await phone(tabs);
  await stranger.goto("/guide/stages-of-relapse");
  await expect(stranger.getByTestId("back-to-reading-list")).toBeHidden();

  // Going back did not count as another opening.
  await counselor.goto("/counselor/links");
  const card = counselor.locator(".card").filter({ hasText: "for the back-link test" });
  await expect(card).toContainText("opened 1 time");

  // Ending asks first; "No, keep it" keeps it.
  await card.getByRole("button", { name: "End this link" }).click();
  const dialog = counselor.getByRole("dialog", { name: "End this reading list link?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "No, keep it" })).toBeFocused();
  await counselor.screenshot({ path: "test-results/screens/confirm-dialog-390.png" });
  await dialog.getByRole("button", { name: "No, keep it" }).click();
  await expect(dialog).toBeHidden();
  expect((await family.goto(link))!.status()).toBe(200);
  await card.getByRole("button", { name: "End this link" }).click();
  await counselor.getByRole("dialog").getByRole("button", { name: "Yes, end this link" }).click();
  await expect(counselor.getByText("Ended by you")).toBeVisible();

  const gone = await family.goto(link);
  expect(gone!.status()).toBe(410);
  expect(gone!.headers()["cache-control"]).toContain("no-store");
  await expect(family.getByRole("heading", { name: "This link has ended" })).toBeVisible();
  await expect(family.locator("header.site-header")).toBeVisible();
  const unknown = await family.goto("/s/" + "a".repeat(43));
  expect(unknown!.status()).toBe(410);
});

test("without JavaScript, ending a link takes a second submit with a ticked box", async ({ tabs }) => {
  const counselor = await phone(tabs);
  await signUpCounselor(counselor, newPerson("NoScript"));
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  await expect(counselor.getByTestId("connection-link")).toBeVisible();

  const noScript = await tabs.newPage({ viewport: PHONE, javaScriptEnabled: false, storageState: await counselor.context().storageState() });
  await noScript.goto("/counselor");
  await noScript.getByRole("button", { name: "End this link" }).click();
  await expect(noScript.getByText(/Tick the box, then press the button again/)).toBeVisible();
  await expect(noScript.getByText(/works until/)).toBeVisible();
  await noScript.getByLabel("Yes, end this link").check();
  await noScript.getByRole("button", { name: "End this link" }).click();
  // The link's card now says it ended (its form is gone with it).
  await expect(noScript.getByText(/· revoked/)).toBeVisible();
  await expect(noScript.getByRole("button", { name: "End this link" })).toHaveCount(0);
});

test("counselor rough edges: a member passes the link on; after the family ends it the counselor is told so, in counselor words", async ({ tabs }) => {
  test.setTimeout(120_000);
  const counselor = await phone(tabs, { clipboard: true });
  await signUpCounselor(counselor, newPerson("Morgan"));
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();

  const owner = await phone(tabs);
  await signUp(owner, newPerson("Owner"));
  const familyId = await createFamily(owner, "The Lindqvist family");
  const member = await phone(tabs, { clipboard: true });
  await joinFamily(owner, member, familyId, "The Lindqvist family", newPerson("Member"));

  // A member (not the owner) is told only the owner can connect, and can pass the link on.
  await member.goto(link);
  await expect(member.getByRole("heading", { name: "Only the owner can connect your family space" })).toBeVisible();
  await expect(member.getByText(/Create your family space/)).toHaveCount(0);
  await expect(member.getByTestId("pass-on-link")).toHaveText(link);
  await member.getByRole("button", { name: "Copy the link" }).click();
  await expect(member.getByTestId("pass-on-link-status")).toHaveText(/^Copied\./);
  await member.screenshot({ path: "test-results/screens/connect-member-390.png", fullPage: true });

  // The owner writes an expired naloxone date, then connects at plan level.
  await owner.goto(`/family/${familyId}/plan/edit/emergency`);
  await owner.getByLabel("Expiry date on the box").fill("2020-01-31");
  await owner.getByRole("button", { name: "Save this part" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/plan`));
  await owner.goto(link);
  await owner.locator("#level-plan").check();
  await owner.getByRole("button", { name: "Connect" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/counselors`));

  // The counselor reads it in counselor words.
  await counselor.goto(`/counselor/families/${familyId}`);
  await expect(counselor.getByTestId("counselor-naloxone")).toContainText("The family's naloxone expired");
  await expect(counselor.getByText(/change the date in your plan/)).toHaveCount(0);

  // The owner ends it: a dialog asks first.
  await owner.getByRole("button", { name: "End the connection with Morgan" }).click();
  await owner.getByRole("dialog").getByRole("button", { name: "Yes, end the connection" }).click();
  await expect(owner.getByText(/The connection is ended/)).toBeVisible();

  await counselor.reload();
  await expect(counselor.getByRole("heading", { name: "The Lindqvist family ended the connection" })).toBeVisible();
  await expect(counselor.getByText("We could not find that page")).toHaveCount(0);
  await counselor.screenshot({ path: "test-results/screens/counselor-ended-390.png", fullPage: true });
  await counselor.goto("/counselor");
  await expect(counselor.getByTestId("ended-connection")).toContainText("The Lindqvist family ended the connection");
  await expect(counselor.getByText("No family is connected yet")).toHaveCount(0);
  // Another counselor learns nothing.
  const other = await phone(tabs);
  await signUpCounselor(other, newPerson("Other"));
  const stranger = await other.goto(`/counselor/families/${familyId}`);
  expect(stranger!.status()).toBe(404);
});

test("deleting a family: the owner sees what was removed; a member then sees it was deleted by its owner; a stranger sees a 404", async ({ tabs }) => {
  test.setTimeout(90_000);
  const owner = await phone(tabs);
  await signUp(owner, newPerson("Deleter"));
  const familyId = await createFamily(owner, "The Moreno family");
  const member = await phone(tabs);
  await joinFamily(owner, member, familyId, "The Moreno family", newPerson("Left"));

  await owner.goto(`/family/${familyId}/settings`);
  await owner.getByLabel(/Type the family's name to confirm/).fill("The Moreno family");
  await owner.getByRole("button", { name: "Delete this family and everything in it" }).click();
  await expect(owner).toHaveURL(/\/family\?deleted=1$/);
  const notice = owner.getByTestId("family-deleted");
  await expect(notice).toContainText("The family space The Moreno family was deleted.");
  await expect(notice).toContainText("2 memberships");
  await owner.screenshot({ path: "test-results/screens/family-deleted-owner-390.png", fullPage: true });

  await member.goto(`/family/${familyId}/plan`);
  await expect(member.getByRole("heading", { name: "This family space was deleted by its owner" })).toBeVisible();
  expect(await member.content()).not.toContain("The Moreno family");
  await member.screenshot({ path: "test-results/screens/family-deleted-member-390.png", fullPage: true });

  const stranger = await phone(tabs);
  await signUp(stranger, newPerson("Stranger"));
  const response = await stranger.goto(`/family/${familyId}`);
  expect(response!.status()).toBe(404);
  const direct = await stranger.goto(`/family/deleted/${familyId}`);
  expect(direct!.status()).toBe(404);
});

test("signed out, /family says what the family space is and what stays private, then offers sign-up and sign-in", async ({ tabs }) => {
  const page = await phone(tabs);
  const response = await page.goto("/family");
  expect(response!.status()).toBe(200);
  await expect(page).toHaveURL(/\/family$/);
  await expect(page.getByRole("heading", { name: "A private space for your family" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What stays private" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/sign-up?next=%2Ffamily");
  const signIn = page.getByRole("link", { name: "Sign in", exact: true });
  await expect(signIn.first()).toHaveAttribute("href", "/sign-in?next=%2Ffamily");
  await expect(signIn.last()).toHaveAttribute("href", "/sign-in?next=%2Ffamily");
  // Private-first: the explanation comes before the big buttons.
  const privateBox = await page.getByRole("heading", { name: "What stays private" }).boundingBox();
  const create = await page.getByRole("link", { name: "Create an account" }).boundingBox();
  expect(privateBox!.y).toBeLessThan(create!.y);
  await page.screenshot({ path: "test-results/screens/family-signed-out-390.png", fullPage: true });
});
