import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, pageIn, AXE_IN_EVERY_PAGE } from "./support/test";
import { axe } from "./support/axe";
import { toString as hastToString } from "hast-util-to-string";
import type { Element, Root } from "hast";
import { loadCatalogue } from "../../lib/content/catalogue";
import { loadPages } from "../../lib/content/pages";
import { pagePath } from "../../lib/content/links";
import { READING_PAGES, GUIDE_PAGES } from "./pages";
import { pressKeys, quickExitReady } from "./support/keys";

// Read-only pages: the tests share no state, so they spread over both workers.
test.describe.configure({ mode: "parallel" });

const CONTENT = join(process.cwd(), "content");
const catalogue = loadCatalogue(CONTENT);
const pages = loadPages(CONTENT, catalogue);
const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The text of every heading and paragraph of a page's source, to find on the rendered page. */
function expectedTexts(tree: Root): string[] {
  const texts: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (["h2", "h3", "p", "li"].includes(child.tagName)) texts.push(squash(hastToString(child)));
      else walk(child);
    }
  };
  walk(tree);
  return texts.filter(Boolean);
}

// Every reading page at phone width. At desktop width, one page of each layout (home, the guide's
// index, a guide page, /right-now, /crisis, /offline): the guide pages share one layout and their
// components, and axe takes 4-8 s a page on this machine (issue 16: the suite's time).
const DESKTOP_PAGES = ["/", "/guide", "/guide/overdose-and-naloxone", "/right-now", "/crisis", "/offline"];

test.describe("accessibility (axe)", () => {
  test.use(AXE_IN_EVERY_PAGE);
  for (const viewport of WIDTHS) {
    for (const path of viewport.name === "phone" ? READING_PAGES : DESKTOP_PAGES) {
      test(`${path} has no violations at ${viewport.name} width`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        const results = await axe(page);
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      });
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const source of pages) {
    test(`${pagePath(source.slug)} renders its full text`, async ({ page }) => {
      const response = await page.goto(pagePath(source.slug));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(source.title);
      // Folded parts (the guided pause) open with a tap, no script needed.
      for (const summary of await page.locator("main details > summary").all()) await summary.click();
      const shown = squash(await page.locator("main").innerText());
      for (const text of expectedTexts(source.hast)) expect(shown).toContain(text);
    });
  }

  test("every link on every reading page works, anchors included", async ({ page, request }) => {
    const checked = new Map<string, string>();
    for (const path of READING_PAGES) {
      await page.goto(path);
      const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      for (const href of new Set(hrefs)) {
        const [target, anchor] = href.split("#");
        if (!checked.has(target!)) {
          // Quick exit's link is a way out, not a page: it sends the browser on to the neutral site.
          const response = await request.get(target!, target === "/exit" ? { maxRedirects: 0 } : {});
          if (target === "/exit") expect(response.headers()["location"], `${href} linked from ${path}`).toBe("https://weather.com/");
          else expect(response.status(), `${href} linked from ${path}`).toBe(200);
          checked.set(target!, await response.text());
        }
        if (anchor) expect(checked.get(target!), `#${anchor} on ${target} (linked from ${path})`).toContain(`id="${anchor}"`);
      }
    }
    expect(checked.size).toBeGreaterThanOrEqual(READING_PAGES.length - 1);
  });
});

test("no page requests any origin but the app's own", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  let requests = 0;
  page.on("request", (request) => {
    requests++;
    const url = request.url();
    if (!url.startsWith("data:") && new URL(url).origin !== origin) foreign.push(url);
  });
  for (const path of READING_PAGES) {
    // Everything the HTML names is requested by "load"; our own scripts start after the first
    // paint (decision 053); quick exit's marks the page when it has run.
    await page.goto(path);
    await quickExitReady(page);
  }
  expect(requests).toBeGreaterThan(READING_PAGES.length);
  expect(foreign).toEqual([]);
});

test("every guide page is prerendered at build time", async ({ request }) => {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next", "prerender-manifest.json"), "utf8"));
  for (const path of [...GUIDE_PAGES, "/", "/crisis", "/guide"]) {
    // English pages are built at their internal app/[locale] route, /en/... (decision 050).
    expect(Object.keys(manifest.routes), path).toContain(path === "/" ? "/en" : `/en${path}`);
    const response = await request.get(path);
    expect(response.headers()["x-nextjs-prerender"], path).toBeTruthy();
  }
});

test.describe("on every page", () => {
  for (const path of READING_PAGES) {
    test(`${path} carries the crisis numbers as tappable links`, async ({ page }) => {
      await page.goto(path);
      await page.locator("summary.get-help-button").click();
      const strip = page.getByRole("complementary", { name: "Crisis numbers" });
      for (const contact of catalogue.crisis.contacts.filter((c) => c.inStrip)) {
        await expect(strip.locator(`a[href="tel:${contact.dial}"]`)).toContainText(contact.number);
      }
      await expect(strip.getByRole("link", { name: /overdose steps/i })).toHaveAttribute("href", "/crisis");
      // Exactly 911, 988 and the SAMHSA helpline: nothing else competes for a thumb in an emergency.
      expect(await strip.locator("a[href^='tel:']").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
        "tel:911",
        "tel:988",
        "tel:+18006624357",
      ]);
    });
  }
});

test("no rendered page names a source document or its brand; every source links out over https", async ({ request }) => {
  for (const path of READING_PAGES) {
    const html = await (await request.get(path)).text();
    for (const pattern of [/document\s*0\d\d/i, /seed-\d/i, /timberline/i, /sitarik/i, /pompano/i]) expect(html, path).not.toMatch(pattern);
  }
  for (const guide of pages.filter((p) => p.slug !== "right-now")) {
    const html = await (await request.get(pagePath(guide.slug))).text();
    for (const source of guide.sourceDetails) expect(html, `${guide.slug}: ${source.id}`).toContain(`href="${source.url}"`);
  }
});

test("a glossary word opens its definition, with JavaScript off too", async ({ tabs }) => {
  const context = await tabs.newContext({ javaScriptEnabled: false });
  const page = await pageIn(context);
  await page.goto("/right-now");
  await page.locator("main a.term", { hasText: /^naloxone$/i }).first().click();
  await expect(page).toHaveURL(/\/guide\/glossary#term-naloxone$/);
  await expect(page.locator("#term-naloxone")).toHaveText("Naloxone");
  await expect(page.locator("#term-naloxone + dd")).toContainText("undo an opioid overdose");
  await context.close();
});

test("/crisis says when to call Poison Control, and that a person who cannot be woken needs 911", async ({ page }) => {
  await page.goto("/crisis");
  const section = page.locator("#poison-control + p");
  await expect(section).toContainText("awake and breathing");
  await expect(section).toContainText("call 911 instead");
  await expect(page.locator("main a[href='tel:+18002221222']")).toBeVisible();
});

test.describe("quick exit", () => {
  test.beforeEach(async ({ page }) => {
    // Stand in for the neutral site: the test machine has no internet.
    await page.route("https://weather.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>neutral" }));
  });

  test("the button leaves at once and the page is not in the back history", async ({ page }) => {
    await page.goto("/");
    await page.goto("/right-now");
    await quickExitReady(page); // the instant exit is the script's (the plain link would leave Back to this page)
    await page.getByRole("link", { name: "Quick exit" }).click();
    await expect(page).toHaveURL("https://weather.com/");
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test("Escape twice does the same", async ({ page }) => {
    await page.goto("/");
    await page.goto("/guide/triggers");
    await pressKeys(page, "Escape", 2);
    await expect(page).toHaveURL("https://weather.com/");
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test("one Escape alone does nothing", async ({ page }) => {
    await page.goto("/guide/triggers");
    // A second apart: not "twice within a second".
    await pressKeys(page, "Escape", 2, 1000);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/guide\/triggers$/);
  });
});

test("guide pages link previous, next and related pages", async ({ page }) => {
  await page.goto("/guide/stages-of-relapse");
  const pager = page.getByRole("navigation", { name: "Previous and next page" });
  await expect(pager.locator("a[rel=prev]")).toHaveAttribute("href", "/guide/relapse-and-chronic-illness");
  await expect(pager.locator("a[rel=next]")).toHaveAttribute("href", "/guide/triggers");
  const stages = pages.find((p) => p.slug === "stages-of-relapse")!;
  await expect(page.getByRole("region", { name: "Related pages" }).getByRole("link")).toHaveCount(stages.related.length);
  await expect(page.getByRole("region", { name: "Where this comes from" }).getByRole("listitem")).toHaveCount(stages.sources.length);
  await pager.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/\/guide\/triggers$/);
});

test("printing shows the text without navigation", async ({ page }) => {
  await page.goto("/guide/overdose-and-naloxone");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".overdose-steps").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Quick exit" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Previous and next page" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("liveness and readiness answer 200 from the running app", async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ok", database: "sqlite" });
});
