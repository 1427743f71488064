import { test, expect } from "@playwright/test";
import { CHROMIUM_ARGS, FULL_CHROMIUM } from "../../playwright.config";
import { cookieHeader, neutralSite, NEUTRAL_SITE, sessionState } from "./support/device";
import { expectLeftSignedOut, parentInTheMoment } from "./support/moment";

// Quick exit without JavaScript (decision 027): the link, answered by a redirect to the neutral site.
// In the full browser: the headless shell does not hand a server's redirect to another origin to
// Playwright's routes, so the page would land on a network error (decision 040).
test.use({ launchOptions: { executablePath: FULL_CHROMIUM, args: CHROMIUM_ARGS } });

test("the Quick exit link ends the session too, and Back shows no family text", async ({ browser, baseURL, request }) => {
  const { context, page, familyId, words } = await parentInTheMoment(browser, { javaScriptEnabled: false });
  await page.goto(`/family/${familyId}/plan`);
  await expect(page.getByText(words[1]!).first()).toBeVisible();
  const cookie = await cookieHeader(context, baseURL!);
  await expect(page.getByRole("link", { name: "Quick exit" })).toHaveAttribute("href", "/exit");
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expectLeftSignedOut(page, request, cookie, familyId, words);
  await context.close();
});

test("a link to /exit on another site sends the browser on but ends nothing", async ({ browser, baseURL, request }) => {
  const { context, page, familyId } = await parentInTheMoment(browser, { javaScriptEnabled: false });
  const cookie = await cookieHeader(context, baseURL!);
  await page.route("https://elsewhere.example/", (route) => route.fulfill({ contentType: "text/html", body: `<a href="${baseURL}/exit">tricky</a>` }));
  await page.goto("https://elsewhere.example/");
  await page.getByRole("link", { name: "tricky" }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(await sessionState(request, cookie, familyId)).toBe("signed in");
  await context.close();
});

test("signed out, on a reading page, the Quick exit link leaves", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await neutralSite(page);
  await page.goto("/right-now");
  // Through /exit, which ends a session if there is one, then on.
  await expect(page.getByRole("link", { name: "Quick exit" })).toHaveAttribute("href", "/exit");
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await context.close();
});
