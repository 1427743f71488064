import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page } from "@playwright/test";
import { addAxe } from "./axe-source";

export { expect } from "@playwright/test";

/**
 * Playwright's `test`, with browser tabs kept from test to test in each worker (decision 055).
 *
 * A new context for every person in every test threw away the HTTP cache and the renderer with its
 * compiled scripts: a page that hydrates cost about twice the CPU (Chromium and server) in a new
 * context as in a kept tab, measured here. So `page`, `context`, `tabs.newContext()` and
 * `tabs.newPage()` (the fixture `tabs` in place of `browser`) lend a kept tab. After the test each tab
 * leaves what it showed (a navigation, so nothing the test started can land later) and loses its
 * cookies, storage, routes, permissions, print emulation and size: the next test starts signed
 * out with nothing of the last one but the cache, as a person's browser after clearing its data.
 *
 * A tab is closed instead, and the next test gets a new one, when the test failed, closed it,
 * listened to it (a listener cannot be removed apart from Playwright's own), or used Playwright's
 * clock (`discardTabAfterTest`). Tabs with service workers on or with a storage state are new and
 * closed after the test: specs about what a browser keeps (history, offline copies, the quick
 * exit) turn service workers on and start from nothing.
 */
type Kept = { key: string; origin: string; viewport: BrowserContextOptions["viewport"]; context: BrowserContext; page: Page; cdp: CDPSession };

/** What tests open people's browsers with: `browser.newContext` and `browser.newPage`, kept. */
export type Tabs = Pick<Browser, "newContext" | "newPage">;

/**
 * `test.use(AXE_IN_EVERY_PAGE)` in a spec that runs axe in test after test: its tabs run axe from
 * the start and are kept for the next such test (a tab that gets axe mid-test is not lent again).
 */
export const AXE_IN_EVERY_PAGE = { axeInEveryPage: true } as const;

// Playwright's context options after every `use` (baseURL, viewport...): the internal fixture its
// own `context` fixture reads, and the defaults `browser.newContext()` starts from.
type ContextOptionsFixture = { _combinedContextOptions: BrowserContextOptions };

const spent = new WeakSet<Page>();
const keptPage = new WeakMap<BrowserContext, Page>();

/**
 * The page's tab is not kept after this test: for what a reset cannot undo (Playwright's clock, an
 * init script, an exposed function, extra headers).
 */
export function discardTabAfterTest(page: Page) {
  spent.add(page);
}

const PAGE_EVENTS = ["close", "console", "crash", "dialog", "domcontentloaded", "download", "filechooser", "frameattached", "framedetached", "framenavigated", "load", "pageerror", "popup", "request", "requestfailed", "requestfinished", "response", "websocket", "worker"];
const CONTEXT_EVENTS = ["page", "request", "response", "requestfailed", "requestfinished", "console", "dialog", "weberror", "close", "serviceworker"];
// Playwright's pages and contexts are Node-style emitters; their types leave the count out.
type Emitter = { listenerCount(event: string): number };

function listeners(kept: Kept) {
  const page = kept.page as unknown as Emitter;
  const context = kept.context as unknown as Emitter;
  return [...PAGE_EVENTS.map((e) => page.listenerCount(e)), ...CONTEXT_EVENTS.map((e) => context.listenerCount(e))].join();
}

function keepable(options: BrowserContextOptions) {
  return options.serviceWorkers !== "allow" && !options.storageState && !!options.baseURL;
}

/** Leaves the tab as a new one but for its cache; false when it cannot be. */
async function reset(kept: Kept, listenersBefore: string): Promise<boolean> {
  const { context, page, cdp, origin } = kept;
  for (const other of context.pages()) if (other !== page) await other.close();
  if (page.isClosed() || spent.has(page) || listeners(kept) !== listenersBefore) return false;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await context.clearPermissions();
  await context.setOffline(false);
  await page.emulateMedia({ media: null });
  if (kept.viewport && JSON.stringify(page.viewportSize()) !== JSON.stringify(kept.viewport)) await page.setViewportSize(kept.viewport);
  // Away from the test's page first: what it was still sending is cancelled, not answered into
  // the next test (a sign-in's cookie, say).
  await page.goto(`${origin}/robots.txt`);
  await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "cookies,local_storage,indexeddb,cache_storage,service_workers,file_systems" });
  await cdp.send("DOMStorage.clear", { storageId: { securityOrigin: origin, isLocalStorage: false } });
  await context.clearCookies();
  return true;
}

/** The page of a context's kept tab (from `tabs.newContext`), or a new page in it. */
export async function pageIn(context: BrowserContext) {
  const page = keptPage.get(context);
  return page && !page.isClosed() ? page : context.newPage();
}

/** The worker's idle tabs, by their options. */
class TabPool {
  private idle: Kept[] = [];

  async take(browser: Browser, options: BrowserContextOptions, withAxe: boolean): Promise<Kept> {
    const key = JSON.stringify(options) + (withAxe ? " with axe" : "");
    const index = this.idle.findIndex((kept) => kept.key === key);
    if (index >= 0) return this.idle.splice(index, 1)[0]!;
    const context = await browser.newContext(options);
    if (withAxe) await addAxe(context);
    const page = await context.newPage();
    keptPage.set(context, page);
    return { key, origin: new URL(options.baseURL!).origin, viewport: options.viewport, context, page, cdp: await context.newCDPSession(page) };
  }

  giveBack(kept: Kept) {
    this.idle.push(kept);
  }

  async close() {
    await Promise.all(this.idle.map((kept) => kept.context.close().catch(() => {})));
  }
}

export const test = base.extend<{ tabs: Tabs; axeInEveryPage: boolean } & ContextOptionsFixture, { tabPool: TabPool }>({
  axeInEveryPage: [false, { option: true }],
  tabPool: [
    async ({}, provide) => {
      const pool = new TabPool();
      await provide(pool);
      await pool.close();
    },
    { scope: "worker" },
  ],
  tabs: async ({ browser, tabPool, axeInEveryPage, _combinedContextOptions: defaults }, provide, testInfo) => {
    const lent: { kept: Kept; listeners: string }[] = [];
    const fresh: BrowserContext[] = [];
    const tabs: Tabs = {
      async newContext(options = {}) {
        const merged = { ...defaults, ...options };
        if (!keepable(merged)) {
          const context = await browser.newContext(merged);
          fresh.push(context);
          return context;
        }
        const kept = await tabPool.take(browser, merged, axeInEveryPage);
        lent.push({ kept, listeners: listeners(kept) });
        return kept.context;
      },
      async newPage(options) {
        return pageIn(await tabs.newContext(options));
      },
    };
    await provide(tabs);
    await Promise.all(fresh.map((context) => context.close().catch(() => {})));
    const passed = testInfo.status === testInfo.expectedStatus;
    for (const { kept, listeners: before } of lent) {
      if (passed && (await reset(kept, before).catch(() => false))) tabPool.giveBack(kept);
      else await kept.context.close().catch(() => {});
    }
  },
  context: async ({ tabs }, provide) => {
    await provide(await tabs.newContext());
  },
  page: async ({ context }, provide) => {
    await provide(await pageIn(context));
  },
});
