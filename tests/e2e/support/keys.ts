import type { Page } from "@playwright/test";
import { discardTabAfterTest } from "./test";

/**
 * Key presses timed as public/quick-exit.js reads them (Escape twice, or Shift three times, within
 * one second). The page's clock is held still at chosen moments (Playwright's clock: Date.now only,
 * timers keep running), so the presses are `gapMs` apart for the script however long a busy
 * machine takes to deliver them: three real presses once took 1.4-2.2 s under load, and a test of
 * "within a second" then failed for the machine's sake, not the app's.
 */
export async function pressKeys(page: Page, key: "Escape" | "Shift", times: number, gapMs = 0) {
  await quickExitReady(page);
  const start = Date.now();
  discardTabAfterTest(page);
  for (let i = 0; i < times; i++) {
    await page.clock.setFixedTime(start + i * gapMs);
    await page.keyboard.press(key);
  }
}

/**
 * Until /quick-exit.js has run, Quick exit is the plain link (it still leaves, through GET /exit).
 * On reading pages the script starts just after the first paint (decision 053), so a test that
 * wants the instant, scripted exit waits for its mark.
 */
export async function quickExitReady(page: Page) {
  await page.locator("html[data-quick-exit-ready]").waitFor({ state: "attached" });
}
