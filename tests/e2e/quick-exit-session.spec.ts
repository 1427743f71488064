import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { expectLeftSignedOut, expectNoPrivateText, parentInTheMoment } from "./support/moment";
import { cookieHeader, NEUTRAL_SITE, privateEntries, serviceWorkerInCharge, sessionState } from "./support/device";
import { pressKeys } from "./support/keys";
import { SERVICE_WORKERS_ON } from "../../playwright.config";

// Quick exit empties what the service worker stored: it must have stored something.
test.use(SERVICE_WORKERS_ON);

/**
 * Quick exit leaves nothing behind (issue 14, item 4; docs/decisions/027): while signed in, the
 * button and the keys end the session on the server before leaving, and Back afterwards shows no
 * private text (not from the page cache, the back-forward cache or the service worker).
 */
const SHOTS = "test-results/screenshots/relapse-moment";

async function logMayHaveUsed(page: Page, familyId: string, note: string) {
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByLabel(/may have used/).check();
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("4: Very worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("2: Having a hard time").check();
  await page.getByLabel("Note").fill(note);
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).not.toHaveURL(/\/check-ins\/new$/);
}

test("signed in, the Quick exit button ends the session, and Back shows the sign-in page: no family text, nothing stored", async ({ tabs, baseURL, request }, testInfo) => {
  test.setTimeout(120_000);
  const { context, page, familyId, family, words } = await parentInTheMoment(tabs);
  await page.goto(`/family/${familyId}/plan`);
  await serviceWorkerInCharge(page);
  // Something private in Cache Storage to remove: the plan kept on this phone.
  await page.getByRole("button", { name: "Keep our plan on this phone" }).click();
  await expect(page.getByText("Our plan is kept on this phone.")).toBeVisible();
  await logMayHaveUsed(page, familyId, family.note);
  await expect(page.getByText(family.note).or(page.getByRole("heading", { level: 1 })).first()).toBeVisible();
  const cookie = await cookieHeader(context, baseURL!);
  expect(await sessionState(request, cookie, familyId)).toBe("signed in");
  expect((await privateEntries(page, words)).length).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  // The session ended on the server: its cookie, sent again from elsewhere, is signed out.
  expect(await sessionState(request, cookie, familyId)).toBe("signed out");

  // Cache Storage of this origin, from a public page in another tab: nothing private left.
  // ("may have used" is left out here: the public /right-now page, which the service worker keeps
  // for offline use, says it too. The check-in pages that say it live under /family, which the
  // path check covers.)
  const tab = await context.newPage();
  await tab.goto("/crisis");
  expect(await privateEntries(tab, words.filter((word) => word !== "may have used"))).toEqual([]);
  await tab.close();

  await page.goBack();
  await page.waitForLoadState("load");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoPrivateText(page, words);
  await page.screenshot({ path: `${SHOTS}/after-exit-back.png` });
  testInfo.annotations.push({ type: "after exit, Back shows", description: `${page.url()}: ${(await page.locator("h1").innerText()).trim()}` });
  console.log(`after Quick exit, Back shows ${new URL(page.url()).pathname}${new URL(page.url()).search}: "${(await page.locator("h1").innerText()).trim()}"`);

  // And Back once more: still nothing (the plan page, no longer kept, is a sign-in page too).
  await page.goBack();
  await page.waitForLoadState("load");
  await expectNoPrivateText(page, words);
  await context.close();
});

test("Escape twice does the same from the overview, and Back shows no family text", async ({ tabs, baseURL, request }) => {
  test.setTimeout(90_000);
  const { context, page, familyId, words } = await parentInTheMoment(tabs);
  await page.goto("/family");
  await page.goto(`/family/${familyId}`);
  await expect(page.getByText(words[0]!).first()).toBeVisible();
  const cookie = await cookieHeader(context, baseURL!);
  await pressKeys(page, "Escape", 2);
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(await sessionState(request, cookie, familyId)).toBe("signed out");
  await page.goBack();
  await page.waitForLoadState("load");
  // Back is /family, which signed out is the page that explains the family space.
  await expect(page).toHaveURL(/\/family$/);
  await expect(page.getByRole("heading", { level: 1, name: "A private space for your family" })).toBeVisible();
  await expectNoPrivateText(page, words);
  await context.close();
});

test("from a public page, signed in: the family page before it in the history is signed out too", async ({ tabs, baseURL, request }) => {
  const { context, page, familyId, words } = await parentInTheMoment(tabs);
  await page.goto(`/family/${familyId}/plan`);
  await page.goto("/right-now");
  const cookie = await cookieHeader(context, baseURL!);
  await pressKeys(page, "Shift", 3);
  await expectLeftSignedOut(page, request, cookie, familyId, words);
  await context.close();
});

test("other Steady tabs leave too", async ({ tabs }) => {
  const { context, page, familyId, words } = await parentInTheMoment(tabs);
  const other = await context.newPage();
  await other.goto(`/family/${familyId}/plan`);
  await page.goto(`/family/${familyId}`);
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect(other).toHaveURL(NEUTRAL_SITE);
  expect(await other.content()).not.toContain(words[0]!);
  await context.close();
});

test("a private page the browser restores from the back-forward cache is hidden and loaded again", async ({ tabs }) => {
  const { context, page, familyId } = await parentInTheMoment(tabs);
  await page.goto(`/family/${familyId}`);
  await page.evaluate(() => ((window as unknown as { restoredFromCache: boolean }).restoredFromCache = true));
  // What Chromium does when it brings a page back from the back-forward cache: pagehide on leaving, pageshow (persisted) on return.
  const reloaded = page.waitForEvent("load");
  const hidden = await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    const afterHide = getComputedStyle(document.documentElement).visibility;
    setTimeout(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })), 50);
    return afterHide;
  });
  expect(hidden).toBe("hidden");
  await reloaded;
  expect(await page.evaluate(() => (window as unknown as { restoredFromCache?: boolean }).restoredFromCache)).toBeUndefined();
  // A reading page restored that way is shown again as it was.
  await page.goto("/crisis");
  const shown = await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
    return getComputedStyle(document.documentElement).visibility;
  });
  expect(shown).toBe("visible");
  await context.close();
});

test("with no signal, Quick exit still leaves, and the session ends before the next page loads with a signal", async ({ tabs, baseURL, request }) => {
  test.setTimeout(90_000);
  const { context, page, familyId, words } = await parentInTheMoment(tabs);
  await page.goto(`/family/${familyId}`);
  await serviceWorkerInCharge(page);
  const cookie = await cookieHeader(context, baseURL!);
  await context.setOffline(true);
  await page.getByRole("link", { name: "Quick exit" }).click();
  // The neutral site cannot load either: the browser's own "no internet" page, not ours.
  await expect.poll(() => page.url()).not.toContain(new URL(baseURL!).host);
  expect(await sessionState(request, cookie, familyId)).toBe("signed in"); // nothing could reach the server yet
  await context.setOffline(false);
  const next = await context.newPage();
  await next.goto(`/family/${familyId}`);
  await expect(next).toHaveURL(/\/sign-in/);
  await expectNoPrivateText(next, words);
  expect(await sessionState(request, cookie, familyId)).toBe("signed out");
  await context.close();
});
