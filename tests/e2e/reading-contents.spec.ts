import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { READING_PAGES } from "./pages";

/**
 * Long reading pages can be skipped through (issue 17, item 9): "On this page" near the top, a way
 * back to it at the end of each section, and the glossary's letter index. All of it is plain
 * anchors in the static HTML, so it is checked here with JavaScript off.
 */
test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

/** Every link of a list, and whether its target exists on the page. */
async function targets(page: Page, links: string) {
  return page.locator(links).evaluateAll((anchors) =>
    anchors.map((a) => {
      const id = decodeURIComponent((a.getAttribute("href") ?? "").replace(/^#/, ""));
      return { href: a.getAttribute("href") ?? "", text: (a.textContent ?? "").trim(), found: id !== "" && document.getElementById(id) !== null };
    }),
  );
}

async function expectContents(page: Page, path: string, title: string, atLeast: number) {
  await page.goto(path);
  const nav = page.getByRole("navigation", { name: title });
  await expect(nav).toBeVisible();
  const links = await targets(page, "#on-this-page a");
  expect(links.length, `${path}: links in "${title}"`).toBeGreaterThanOrEqual(atLeast);
  expect(links.filter((l) => !l.found || !l.href.startsWith("#")), path).toEqual([]);
  // Each link names the section it leads to (its heading's words).
  for (const link of links) await expect(page.locator(`[id="${link.href.slice(1)}"]`)).toHaveText(link.text);
  // Every section listed ends with a way back to the list.
  const backs = await targets(page, "section .to-contents a");
  expect(backs.length, `${path}: back links`).toBeGreaterThanOrEqual(links.length);
  expect(new Set(backs.map((b) => b.href)), path).toEqual(new Set(["#on-this-page"]));
  expect(backs.every((b) => b.found)).toBe(true);
  return links;
}

test("/right-now: the block that acts comes first, then the steps a person can jump between", async ({ page }) => {
  const links = await expectContents(page, "/right-now", "Then, step by step", 4);
  expect(links.map((l) => l.href)).not.toContain("#act-now");
  // The contents never push Call 911 down: it is above the list, on the first screen.
  const call = page.locator(".act-now a[href='tel:911']");
  const list = page.locator("#on-this-page");
  const [callBox, listBox] = [await call.boundingBox(), await list.boundingBox()];
  expect(callBox!.y + callBox!.height).toBeLessThan(844);
  expect(callBox!.y).toBeLessThan(listBox!.y);
});

test("/crisis and the overdose page have \"On this page\" with working links", async ({ page }) => {
  await expectContents(page, "/crisis", "On this page", 4);
  const crisis = await targets(page, "#on-this-page a");
  expect(crisis.map((l) => l.href)).toEqual(expect.arrayContaining(["#signs", "#steps", "#numbers"]));
  await expectContents(page, "/guide/overdose-and-naloxone", "On this page", 6);
});

test("the glossary has a letter index: every letter leads to its words, and every word sits under its letter", async ({ page }) => {
  await page.goto("/guide/glossary");
  const index = page.getByRole("navigation", { name: "Words by first letter" });
  await expect(index).toBeVisible();
  const letters = await targets(page, "#letters a");
  expect(letters.length).toBeGreaterThanOrEqual(15);
  expect(letters.filter((l) => !l.found)).toEqual([]);
  const groups = await page.locator("h2.glossary-letter").evaluateAll((headings) =>
    headings.map((h) => ({ letter: (h.textContent ?? "").trim(), terms: [...(h.parentElement?.nextElementSibling?.querySelectorAll("dt") ?? [])].map((dt) => (dt.textContent ?? "").trim()) })),
  );
  expect(groups.map((g) => g.letter)).toEqual(letters.map((l) => l.text));
  const terms = groups.flatMap((g) => g.terms.map((term) => ({ term, letter: g.letter })));
  expect(terms.length).toBeGreaterThan(40);
  for (const { term, letter } of terms) {
    const first = term.charAt(0).toUpperCase();
    expect(/[A-Z]/.test(first) ? first : "0-9", term).toBe(letter);
  }
  // A way back to the letters after each group.
  const backs = await targets(page, ".glossary-index .to-contents a");
  expect(backs.length).toBe(letters.length);
  expect(backs.every((b) => b.found && b.href === "#letters")).toBe(true);
});

test("every reading page longer than four screens at 390 px can be skipped through", async ({ page }) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  let long = 0;
  for (const path of READING_PAGES) {
    await page.goto(path);
    const { screens, contents } = await page.evaluate(() => ({
      screens: document.scrollingElement!.scrollHeight / window.innerHeight,
      contents: document.querySelectorAll("#on-this-page a, #letters a").length,
    }));
    rows.push(`${path.padEnd(46)} ${screens.toFixed(1)} screens, ${contents} contents links`);
    if (screens > 4) {
      long += 1;
      expect(contents, `${path} is ${screens.toFixed(1)} screens long`).toBeGreaterThanOrEqual(3);
    }
  }
  console.log(`reading pages at 390 x 844 (JavaScript off):\n${rows.join("\n")}`);
  // The four pages of the issue are long; a check that found none would prove nothing.
  expect(long).toBeGreaterThanOrEqual(4);
});
