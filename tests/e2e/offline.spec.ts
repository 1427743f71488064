import { test, expect } from "./support/test";
import type { BrowserContext, Page } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";
import { serviceWorkerInCharge } from "./support/device";
import { quickExitReady } from "./support/keys";
import { SERVICE_WORKERS_ON } from "../../playwright.config";

// The service worker is what these tests are about.
test.use(SERVICE_WORKERS_ON);

// Installable, and the crisis pages work offline (issue 8). public/sw.js must keep the crisis
// pages with no signal and never store anything private.

const CRISIS_PAGES = ["/right-now", "/crisis", "/guide/overdose-and-naloxone", "/guide/glossary"];
const PAGES_CACHE = "steady-offline-v2-pages";
const PHONE = { width: 390, height: 844 };

/** Loads a page and waits until the service worker controls it and has stored the crisis pages. */
async function withServiceWorker(page: Page, path = "/right-now") {
  await page.goto(path);
  await serviceWorkerInCharge(page);
  await expect
    .poll(async () => page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort(), PAGES_CACHE))
    .toEqual(expect.arrayContaining(["/right-now", "/crisis", "/guide/overdose-and-naloxone", "/guide/glossary", "/offline"]));
}

/** Every address the service worker has stored, with the text of each stored page. */
async function storedEntries(page: Page) {
  return page.evaluate(async () => {
    const entries: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get("Content-Type") ?? "";
        entries.push({ url: request.url, text: type.startsWith("text/html") ? await response!.text() : "" });
      }
    }
    return entries;
  });
}

const newPhone = (tabs: { newContext: (o: object) => Promise<BrowserContext> }) => tabs.newContext({ viewport: PHONE });

test("the app is installable: manifest, own icons, service worker script", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: "Steady", start_url: "/", display: "standalone" });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
    expect(new URL(icon.src, page.url()).origin).toBe(new URL(page.url()).origin);
  }
  expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBeGreaterThan(0);
  for (const script of ["/sw.js", "/sw-register.js"]) {
    const response = await request.get(script);
    expect(response.status(), script).toBe(200);
    expect(response.headers()["content-type"], script).toContain("javascript");
  }
  // The registration is a same-origin file, never an inline script.
  expect(await page.locator('script[src="/sw-register.js"]').count()).toBe(1);
});

test("the crisis pages load with the network cut, after a visit, and quick exit still leaves", async ({ tabs }, testInfo) => {
  const context = await newPhone(tabs);
  const page = await context.newPage();
  await withServiceWorker(page);
  const headings = new Map<string, string>();
  for (const path of CRISIS_PAGES) {
    await page.goto(path);
    headings.set(path, (await page.locator("h1").first().innerText()).trim());
  }

  await context.setOffline(true);
  for (const path of CRISIS_PAGES) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole("heading", { level: 1, name: headings.get(path), exact: true }), path).toBeVisible();
    // the stylesheet came along: the page background is the site's paper colour, not white
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe("rgb(251, 250, 247)");
    // the call buttons came along (the header's "Get help" holds them)
    expect(await page.locator('a[href="tel:911"]').count(), path).toBeGreaterThan(0);
  }
  await page.goto("/right-now");
  await page.screenshot({ path: testInfo.outputPath("right-now-offline-390.png"), fullPage: false });

  // A page never visited and not one of the crisis pages: the stored "no connection" page.
  await page.goto("/guide/triggers");
  await expect(page.getByRole("heading", { level: 1, name: "No connection right now" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("offline-fallback-390.png"), fullPage: true });

  // Quick exit offline: a fresh tab that has only /right-now in its history.
  const tab = await context.newPage();
  await tab.goto("/right-now");
  const appHost = new URL(tab.url()).host; // (the first tab leaves too: quick exit closes every Steady tab)
  await quickExitReady(tab); // offline, only the script can leave (the plain link needs the server)
  await tab.getByRole("link", { name: "Quick exit" }).first().click();
  await expect.poll(() => tab.url()).not.toContain(appHost);
  await expect(tab.getByRole("link", { name: "Quick exit" })).toHaveCount(0);
  // location.replace: Back cannot bring the page back.
  await tab.goBack().catch(() => null);
  expect(tab.url()).not.toContain("/right-now");
  await context.close();
});

test("a family page is never served from the cache, and nothing private is ever stored", async ({ tabs }) => {
  test.setTimeout(90_000);
  const context = await newPhone(tabs);
  const page = await context.newPage();
  await signUp(page, newPerson("Odile"));
  const familyName = `Marker ${Date.now()} family`;
  const familyId = await createFamily(page, familyName);
  await withServiceWorker(page);

  // Browse everything private, online, with the service worker in charge.
  const privatePaths = [
    `/family/${familyId}`,
    `/family/${familyId}/plan`,
    `/family/${familyId}/plan/print`,
    `/family/${familyId}/check-ins`,
    `/family/${familyId}/members`,
    `/family/${familyId}/settings`,
    "/family",
    "/account",
    "/counselor",
    "/invite/not-a-real-token",
    "/connect/not-a-real-token",
    "/s/not-a-real-token",
    "/api/health",
    "/right-now?from=/s/not-a-real-token",
  ];
  for (const path of privatePaths) await page.goto(path);
  await page.goto(`/family/${familyId}`);
  await expect(page.getByText(familyName).first()).toBeVisible();
  // the exports, fetched from a page the service worker controls
  const exported = await page.evaluate(async (id) => {
    const csv = await fetch(`/family/${id}/export/csv`);
    const json = await fetch(`/family/${id}/export/json`);
    return { status: [csv.status, json.status], disposition: csv.headers.get("Content-Disposition"), header: (await csv.text()).split("\r\n")[0] };
  }, familyId);
  expect(exported.status).toEqual([200, 200]);
  // the CSV is named after the family and the day, and reads in words (issue 8, item 15)
  expect(exported.disposition).toMatch(/^attachment; filename="steady-marker-\d+-family-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(exported.header).toMatch(/^"Date","Written by",.*"Written at \(.+\)"$/);

  await context.setOffline(true);
  await page.goto(`/family/${familyId}`);
  await expect(page.getByRole("heading", { level: 1, name: "No connection right now" })).toBeVisible();
  expect(await page.content()).not.toContain(familyName);
  await page.goto(`/family/${familyId}/plan/print`);
  expect(await page.content()).not.toContain(familyName);

  // Only the allow-list is stored: crisis pages by bare path, build files, a few public files.
  const entries = await storedEntries(page);
  expect(entries.length).toBeGreaterThan(5);
  // In English and in Spanish (decision 050).
  const allowedPages = ["/", "/right-now", "/crisis", "/guide/overdose-and-naloxone", "/guide/glossary", "/offline"].flatMap((p) => [p, p === "/" ? "/es" : `/es${p}`]);
  const allowedFiles = ["/manifest.webmanifest", "/es/manifest.webmanifest", "/icons/steady.svg", "/icons/steady-192.png", "/sw-register.js", "/quick-exit.js", "/time-zone.js", "/reading-list-return.js"];
  for (const { url, text } of entries) {
    const { pathname, search } = new URL(url);
    expect(search, url).toBe("");
    expect(allowedPages.includes(pathname) || allowedFiles.includes(pathname) || pathname.startsWith("/_next/static/"), url).toBe(true);
    expect(pathname, url).not.toMatch(/^\/(family|counselor|account|invite|connect|s|api)(\/|$)/);
    expect(text, url).not.toContain(familyName);
    expect(text, url).not.toContain("Odile");
  }
  await context.close();
});
