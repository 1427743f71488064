import { expect, test } from "@playwright/test";
import { clientJsPerRoute } from "../../scripts/lib/client-js";
import { SERVICE_WORKERS_ON } from "../../playwright.config";

// A first visit as a phone makes it: the service worker is registered, and its script counted.
test.use(SERVICE_WORKERS_ON);

// Client JavaScript per route (first load, gzip), from the build npm test just made. A route that
// grows past its budget fails here; raise a budget only on purpose, with a reason in the commit.
// Today: reading routes 132 KB in the build's own list, but the served reading pages load none of it
// (decision 053, the test at the end); app pages 148-154 KB:
// since decision 052 their forms speak the person's language in the browser too (next-intl's client
// runtime and ICU formatting, about 12 KB); raised from 148 KB on purpose.
const KB = 1024;
// Reading pages are app/[locale]/ routes, English and Spanish (decision 050).
const READING = ["/[locale]", "/[locale]/guide", "/[locale]/guide/[slug]", "/[locale]/right-now", "/[locale]/crisis", "/[locale]/offline", "/_not-found"];
const budget = (route: string) => (READING.includes(route) ? 140 * KB : 156 * KB);

test("every route's client JavaScript stays within its budget", () => {
  const routes = clientJsPerRoute();
  // The build really reported the routes (an empty list would pass everything).
  expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining([...READING, "/family/[familyId]", "/family/[familyId]/plan/edit"]));
  const table = routes.map((r) => `${r.route.padEnd(48)} ${(r.gzipBytes / KB).toFixed(1).padStart(6)} KB (budget ${budget(r.route) / KB})`);
  console.log(`client JavaScript per route, gzip:\n${table.join("\n")}`);
  const over = routes.filter((r) => r.gzipBytes > budget(r.route)).map((r) => `${r.route}: ${(r.gzipBytes / KB).toFixed(1)} KB > ${budget(r.route) / KB} KB`);
  expect(over).toEqual([]);
  for (const r of routes) expect(r.gzipBytes, r.route).toBeGreaterThan(50 * KB); // a measurement, not zeros
});

// What a phone really downloads for a reading page: the build strips the framework's runtime from
// the prerendered reading pages (decision 053), so only our own small scripts are left.
// (not /time-zone.js: reading pages show no times)
const OWN_SCRIPTS = ["/sw-register.js", "/quick-exit.js", "/reading-list-return.js"];
test("a reading page loads no framework JavaScript: only our own scripts, a few KB", async ({ browser }) => {
  for (const path of ["/", "/guide", "/guide/triggers", "/right-now", "/crisis", "/es/guide/triggers", "/offline"]) {
    // A first visit each time (a fresh context: nothing cached, so every script is counted whole).
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<{ url: string; status: number; bytes: number }>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, status: response.status(), bytes: body.length })));
    });
    await page.goto(path, { waitUntil: "networkidle" });
    const loaded = await Promise.all(scripts);
    expect(loaded.length, path).toBeGreaterThanOrEqual(2); // quick exit and the service worker
    expect(loaded.filter((s) => !OWN_SCRIPTS.includes(s.url) || s.status !== 200), path).toEqual([]);
    expect(loaded.reduce((sum, s) => sum + s.bytes, 0), path).toBeLessThan(12 * KB);
    // Nothing hydrated: no framework booted on the page.
    expect(await page.evaluate(() => "__next_f" in self || "next" in self), path).toBe(false);
    await context.close();
  }
});
