import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { AxeResults } from "axe-core";
import type { Page } from "@playwright/test";
import { discardTabAfterTest } from "./test";

// axe-core's own build (what @axe-core/playwright injected before, decision 055).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const withAxe = new WeakSet<object>();

/**
 * axe's WCAG checks on a page (or a part of it): every rule axe runs by default, as
 * `@axe-core/playwright` ran them, collecting only violations (gathering the nodes of passing
 * and inapplicable rules is most of its time on a long page).
 *
 * axe's 550 KB source goes to the browser once per tab, as a script Chromium runs in each new page
 * of it, not once per check: sent with every check over the DevTools protocol, as the builder
 * does, it was about two thirds of a check's time (0.6 s a check against 0.18 s, measured here).
 * The tab is then not lent to a later test, which would carry axe along.
 */
export async function axe(page: Page, include?: string): Promise<AxeResults> {
  const context = page.context();
  if (!withAxe.has(context)) {
    withAxe.add(context);
    await context.addInitScript({ content: AXE_SOURCE });
    for (const open of context.pages()) discardTabAfterTest(open);
  }
  // Pages already open when axe was added to the tab get it now.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    ([selector]) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(selector ? { include: [selector] } : document, { resultTypes: ["violations"] }),
    [include] as const,
  );
}

/** Each violation as "rule: the elements", so a failure reads at a glance. */
export async function axeViolations(page: Page, include?: string) {
  return (await axe(page, include)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}
