import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's WCAG checks on a page (or a part of it). Only violations are collected: axe still runs
 * every rule, but skips gathering the nodes of passing and inapplicable ones, which is most of its
 * time on a long page. Legacy mode runs `axe.run` in the page itself; the default opens a blank
 * page and injects axe a second time to combine the results of frames, about 0.8 s a check here,
 * and the app's pages have no frames (its policy allows none).
 */
export function axe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).setLegacyMode(true);
  return (include ? builder.include(include) : builder).analyze();
}

/** Each violation as "rule: the elements", so a failure reads at a glance. */
export async function axeViolations(page: Page, include?: string) {
  return (await axe(page, include)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}
