import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { Tabs } from "./test";
import { createFamily, newPerson, signUp } from "./people";
import { neutralSite, NEUTRAL_SITE, PHONE, sessionState, writeNaloxonePlace } from "./device";

/** A signed-in parent on a phone: a family, a plan with the naloxone place, a "may have used" check-in. */
export async function parentInTheMoment(tabs: Tabs, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await tabs.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await neutralSite(context);
  const person = newPerson("Marisol");
  await signUp(page, person);
  const stamp = Date.now().toString(36);
  const family = { name: `The Quintero ${stamp} family`, naloxone: `Blue tin ${stamp} above the fridge`, note: `Found foil ${stamp} in the car` };
  const familyId = await createFamily(page, family.name);
  await writeNaloxonePlace(page, familyId, family.naloxone);
  const words = [family.name, family.naloxone, family.note, person.name, "may have used"];
  if (options.javaScriptEnabled === false) {
    const quiet = await tabs.newContext({ viewport: PHONE, javaScriptEnabled: false });
    await quiet.addCookies(await context.cookies());
    await neutralSite(quiet);
    await context.close();
    return { context: quiet, page: await quiet.newPage(), familyId, family, person, words };
  }
  return { context, page, familyId, family, person, words };
}

export async function expectNoPrivateText(page: Page, words: string[]) {
  const text = await page.locator("body").innerText();
  for (const word of words) expect(text, `"${word}" on ${page.url()}`).not.toContain(word);
  const html = await page.content();
  for (const word of words.slice(0, 4)) expect(html, `"${word}" in the HTML of ${page.url()}`).not.toContain(word);
}

/** After an exit: on the neutral site, the session ended on the server, and Back shows sign-in with no family text. */
export async function expectLeftSignedOut(page: Page, request: APIRequestContext, cookie: string, familyId: string, words: string[]) {
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(await sessionState(request, cookie, familyId)).toBe("signed out");
  await page.goBack();
  await page.waitForLoadState("load");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoPrivateText(page, words);
}
