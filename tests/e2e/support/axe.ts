import type { AxeResults } from "axe-core";
import type { Page } from "@playwright/test";
import { addAxe, AXE_SOURCE, hasAxe } from "./axe-source";
import { discardTabAfterTest } from "./test";

/**
 * axe's WCAG checks on a page (or a part of it): every rule axe runs by default, as
 * `@axe-core/playwright` ran them, collecting only violations (gathering the nodes of passing
 * and inapplicable rules is most of its time on a long page).
 *
 * axe's source goes to the tab once (./axe-source.ts). A tab that did not have it is then not lent
 * to a later test, which would carry axe along; specs with many checks `test.use(AXE_IN_EVERY_PAGE)`
 * and get tabs that run axe from the start, kept for the next such test.
 */
export async function axe(page: Page, include?: string): Promise<AxeResults> {
  const context = page.context();
  if (!hasAxe(context)) {
    await addAxe(context);
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
