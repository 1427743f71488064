import { test, expect } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { seedWith } from "./support/seed";

/**
 * The counselor's weekly summary reads well on a phone (issue 17; docs/decisions/047): at 390 and
 * 320 px no word of a table heading or a week's line is split across lines ("Emotional relapse"
 * broke inside its words), each week's label and each count is one line, and the counts are the same as in the
 * table a wide screen shows. The family's log of what counselors viewed is checked the same way.
 */
type Who = { userId: string; name: string; cookie: string };
type World = { familyId: string; owner: Who; counselor: Who };

let w: World;
test.beforeAll(() => {
  w = seedWith<World>("tests/e2e/support/make-summary-world.ts");
});

async function signedIn(page: Page, who: Who, baseURL: string) {
  const cookies = who.cookie.split("; ").map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: baseURL }));
  await page.context().addCookies(cookies);
}

/** Each word of the visible text under `locator` that is laid out on more than one line. */
async function splitWords(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => {
    const split: string[] = [];
    for (const element of elements) {
      if (!(element as HTMLElement).offsetParent) continue; // not shown at this width
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(`"${match[0]}" in "${element.textContent?.trim()}"`);
        }
      }
    }
    return split;
  });
}

for (const width of [390, 320]) {
  test(`at ${width} px the weekly summary is a line per week, no word split`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 844 });
    await signedIn(page, w.counselor, baseURL!);
    for (const path of ["/counselor", `/counselor/families/${w.familyId}`]) {
      await page.goto(path);
      const weeks = page.getByTestId("summary-weeks").first();
      await expect(weeks, path).toBeVisible();
      await expect(page.locator("table.summary-table").first(), path).toBeHidden();
      // The week with signs says which, the others say there were none: one or two lines each.
      await expect(weeks.locator("li").last()).toContainText(/Emotional relapse: 2\s*Mental relapse: 1/);
      await expect(weeks.locator("li").first()).toContainText("No signs noted");
      // Each week's label is one line (it took three in the table), each count one line.
      const lines = await weeks.locator(".summary-week, .summary-count").evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent, lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) })),
      );
      expect(lines.filter((l) => l.lines !== 1), path).toEqual([]);
      expect(await splitWords(page.locator(".summary-weeks li, th")), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    }
    // The family's side: the log of what a counselor viewed, with its long "When" heading.
    await page.context().clearCookies();
    await signedIn(page, w.owner, baseURL!);
    await page.goto(`/family/${w.familyId}/counselors`);
    await expect(page.locator("table.data").last()).toBeVisible();
    expect(await splitWords(page.locator("table.data th, table.data td"))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test("on a wide screen the summary is a table whose headings are whole words", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signedIn(page, w.counselor, baseURL!);
  await page.goto(`/counselor/families/${w.familyId}`);
  const table = page.locator("table.summary-table");
  await expect(table).toBeVisible();
  await expect(page.getByTestId("summary-weeks")).toBeHidden();
  await expect(table.getByRole("columnheader")).toHaveText(["Week", "Emotional relapse", "Mental relapse", "Physical relapse"]);
  await expect(table.getByRole("row").last().getByRole("cell")).toHaveText(["2", "1", "0"]);
  expect(await splitWords(table.locator("th"))).toEqual([]);
});
