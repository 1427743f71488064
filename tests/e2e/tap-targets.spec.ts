import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";
import { PHONE, writeNaloxonePlace } from "./support/device";

// Issue 17, item 8: every control a thumb has to hit is at least 44 px tall and 24 px wide on a
// phone. The one exemption is WCAG 2.2's "inline" one: a text link inside a sentence of a
// paragraph or list item, whose size the line of text sets.
const MIN_HEIGHT = 44;
const MIN_WIDTH = 24;

test.use({ viewport: PHONE });

type Target = { page: string; what: string; width: number; height: number };

/**
 * Measures every visible control on the page, with every <details> opened (menus, "More", the
 * hidden signs) so what a tap reveals is measured too. A radio or checkbox is measured as its row:
 * the box and its label together, since both take the tap.
 */
async function measure(page: Page, path: string): Promise<Target[]> {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  const targets = await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      // sr-only text (1 px) and skip links parked off screen are not targets until focused.
      return r.width > 1 && r.height > 1 && r.right + window.scrollX > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const inSentence = (el: Element) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement?.closest("p, li");
      return Boolean(block) && squash(block!.textContent) !== squash(el.textContent);
    };
    const describe = (el: Element) => {
      const name = squash(el.getAttribute("aria-label") || el.textContent || (el as HTMLInputElement).name || "").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` class="${el.className.slice(0, 40)}"` : ""}> "${name}"`;
    };
    const found: { what: string; width: number; height: number }[] = [];
    for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
      if (!shown(el) || inSentence(el)) continue;
      let box = el.getBoundingClientRect();
      let what = describe(el);
      const input = el as HTMLInputElement;
      if (el.tagName === "INPUT" && (input.type === "radio" || input.type === "checkbox")) {
        const label = input.closest("label") ?? (input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null);
        if (label) {
          const l = label.getBoundingClientRect();
          const top = Math.min(box.top, l.top), left = Math.min(box.left, l.left);
          box = new DOMRect(left, top, Math.max(box.right, l.right) - left, Math.max(box.bottom, l.bottom) - top);
          what = `${input.type} row "${squash(label.textContent).slice(0, 40)}"`;
        }
      }
      found.push({ what, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
    }
    return found;
  });
  return targets.map((t) => ({ ...t, page: path }));
}

test("at 390 px every control on the main pages is at least 44 px tall and 24 px wide", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, newPerson("Thumb"));
  const familyId = await createFamily(page, "The Thumb family");
  // A filled plan part, so the plan shows its "Change" links.
  await writeNaloxonePlace(page, familyId, "In the kitchen drawer");
  // The same person sets up a counselor profile, to reach the counselor pages.
  await page.goto("/counselor/become");
  await page.getByRole("button", { name: "Set up my counselor profile" }).click();
  await expect(page).toHaveURL(/\/counselor$/);

  const family = `/family/${familyId}`;
  const paths = [
    "/",
    "/right-now",
    "/crisis",
    "/guide/triggers",
    "/family",
    family,
    `${family}/check-ins/new`,
    `${family}/plan`,
    `${family}/plan/edit`,
    `${family}/plan/edit/people`,
    `${family}/members`,
    `${family}/settings`,
    `${family}/notifications`,
    "/account",
    "/counselor",
    "/counselor/links",
  ];
  const all: Target[] = [];
  for (const path of paths) all.push(...(await measure(page, path)));

  expect(all.length).toBeGreaterThan(paths.length * 3);
  const smallest = all.reduce((a, b) => (b.height < a.height ? b : a));
  const narrowest = all.reduce((a, b) => (b.width < a.width ? b : a));
  console.log(`tap targets measured: ${all.length} on ${paths.length} pages`);
  console.log(`smallest target: ${smallest.width} x ${smallest.height} px, ${smallest.what} on ${smallest.page}`);
  console.log(`narrowest target: ${narrowest.width} x ${narrowest.height} px, ${narrowest.what} on ${narrowest.page}`);
  const tooSmall = all.filter((t) => t.height < MIN_HEIGHT || t.width < MIN_WIDTH);
  expect(tooSmall.map((t) => `${t.page}: ${t.what} ${t.width} x ${t.height}`)).toEqual([]);
});
