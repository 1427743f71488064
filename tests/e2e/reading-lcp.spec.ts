import { SERVICE_WORKERS_ON } from "../../playwright.config";
import { test, expect, type Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { GUIDE_PAGES } from "./pages";

// A first visit as a phone makes it, service worker included. In the headless shell, as every
// spec: the full browser also draws its own toolbar, in a renderer of its own, which on two cores
// put about 100 ms on every page's paint (decision 054). Lighthouse keeps the full browser.
test.use(SERVICE_WORKERS_ON);


/**
 * Reading pages paint at once on a slow phone (issue 17, item 10; docs/decisions/035): the
 * largest contentful paint of `/`, `/right-now`, `/crisis` and every guide page stays under 1.2 s
 * on a cold load with the network of Lighthouse's mobile preset (slow 4G: 150 ms round trips x 3.75,
 * 1.6 Mbit/s x 0.9) and the CPU four times slower, emulated through the Chrome DevTools Protocol.
 */
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const LCP_LIMIT_MS = 1200;
const PAGES = ["/", "/right-now", "/crisis", ...GUIDE_PAGES.filter((path) => path !== "/right-now")];

async function measureLcp(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "load" });
  // The last candidate wins. Reading pages hydrate nothing (decision 053), so nothing large paints
  // after the load; a short wait lets the loader's scripts run in case one ever did.
  await page.waitForTimeout(150);
  const result = await page.evaluate(
    () =>
      new Promise<{ lcp: number; fcp: number; element: string }>((resolve) => {
        let last: (PerformanceEntry & { element?: Element | null }) | undefined;
        new PerformanceObserver((list) => {
          last = list.getEntries().at(-1) as typeof last;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => {
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1;
          const el = last?.element;
          resolve({ lcp: last?.startTime ?? -1, fcp, element: el ? `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}` : "" });
        }, 100);
      }),
  );
  await context.close();
  return result;
}

/**
 * Until three quarters of the machine's CPU time are idle over a second (at most `limitMs`), so that a
 * paint is timed, not another process. `npm test` runs this spec alone, before the others (decision
 * 054); at the end of the suite, beside the other worker's last test, /crisis once painted at
 * 1,248-1,952 ms, and at 1,000-1,080 ms in every quiet run. Returns the idle share it found. Outside
 * Linux it does not wait.
 */
async function quietMachine(limitMs = 60_000): Promise<number> {
  const sample = () => {
    try {
      const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
      return { idle: fields[3]! + fields[4]!, total: fields.reduce((a, b) => a + b, 0) };
    } catch {
      return undefined;
    }
  };
  const deadline = Date.now() + limitMs;
  for (;;) {
    const before = sample();
    if (!before) return 1;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = sample()!;
    const idle = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (idle >= 0.75 || Date.now() > deadline) return idle;
  }
}

// The fastest of up to five cold loads: other processes on a shared two-core machine can only add
// time to a load (with the CPU slowed 4x, a busy machine adds hundreds of ms), never remove it, so
// the fastest run is the page's own time, and a first load within the limit settles it. Before
// decision 035 no run could pass: the stylesheet's own request (562 ms of latency after the HTML's)
// put the floor above 1.3 s. Five, not three (decision 054): on this machine a quiet first load is
// 960-1,200 ms, of which about 660 ms is the emulated network (the last byte of the HTML) and the
// rest the slowed renderer starting the page and painting it; a page one run put over the limit
// came back under it in the next, and three runs left a few per cent of suites failing on a page
// that is within it.
const RUNS = 5;

test("reading pages: largest contentful paint within 1.2 s on slow 4G with a 4x slower CPU", async ({ browser, baseURL }) => {
  test.setTimeout(PAGES.length * RUNS * 15_000);
  const rows: string[] = [];
  const slow: string[] = [];
  const quiet = [await quietMachine()];
  for (const path of PAGES) {
    const runs: Awaited<ReturnType<typeof measureLcp>>[] = [];
    for (let i = 0; i < RUNS && !runs.some((run) => run.lcp > 0 && run.lcp <= LCP_LIMIT_MS); i++) {
      if (i > 0) quiet.push(await quietMachine(20_000));
      runs.push(await measureLcp(browser, new URL(path, baseURL).href));
    }
    runs.sort((a, b) => a.lcp - b.lcp);
    const { lcp, fcp, element } = runs[0]!;
    rows.push(`${path.padEnd(48)} LCP ${Math.round(lcp)} ms, FCP ${Math.round(fcp)} ms (${element}); all runs ${runs.map((r) => Math.round(r.lcp)).join(", ")}`);
    // A measurement, not a missing one: the page painted and reported a largest element.
    expect(lcp, path).toBeGreaterThan(0);
    if (lcp > LCP_LIMIT_MS) slow.push(`${path}: ${Math.round(lcp)} ms`);
  }
  // The machine's load beside the times, to tell a busy machine from a slow page (decision 051:
  // 1.29-1.89 s once read as a regression that no later run, of the old build or the new, repeated).
  const load = loadavg().map((value) => value.toFixed(1)).join(", ");
  console.log(`largest contentful paint, slow 4G, CPU x4 (load average ${load}; idle CPU before measuring: ${quiet.map((q) => `${Math.round(q * 100)}%`).join(", ")}):\n${rows.join("\n")}`);
  expect(slow).toEqual([]);
});
