import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";

// axe-core's own build (what @axe-core/playwright injected before, decision 055).
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const withAxe = new WeakSet<BrowserContext>();

/** True when every page of this tab already runs axe. */
export const hasAxe = (context: BrowserContext) => withAxe.has(context);

/**
 * axe's 550 KB source goes to a tab once, as a script Chromium runs in each new page of it: sent
 * with every check over the DevTools protocol, as @axe-core/playwright does, it was about two
 * thirds of a check's time (0.6 s a check against 0.18 s, measured here).
 */
export async function addAxe(context: BrowserContext) {
  withAxe.add(context);
  await context.addInitScript({ content: AXE_SOURCE });
}
