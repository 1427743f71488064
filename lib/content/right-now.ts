import { unified } from "unified";
import rehypeStringify from "rehype-stringify";
import { toString as hastToString } from "hast-util-to-string";
import type { Element, Root as HastRoot } from "hast";
import { getCatalogue, getPage } from "./index";
import { pagePath } from "./links";
import { renderMarkdown } from "./markdown";
import { DEFAULT_LOCALE, localeContentDir, type Locale } from "./locale";

/**
 * /right-now, cut into the pieces the family's own "right now" page shows around its plan, so the
 * two pages say the same thing in the same words (content/pages/right-now.md):
 * - the block that acts first (`:::act-now`: call 911, then give naloxone);
 * - the overdose steps, under the anchor the act block's naloxone link points to (#steps);
 * - each later step of the page, shortened to its heading and first paragraph, with a link to the rest.
 */
export type RightNowDigest = {
  actNowHtml: string;
  stepsHtml: string;
  later: { id: string; title: string; leadHtml: string; href: string }[];
};

/** The page's own sections that are not shortened: the overdose check (shown whole) and the numbers. */
const NOT_SHORTENED = new Set(["danger", "numbers"]);
export const STEPS_ANCHOR = "steps";

const html = (nodes: Element[]) => unified().use(rehypeStringify).stringify({ type: "root", children: nodes } satisfies HastRoot);

const isElement = (node: unknown, tagName: string): node is Element =>
  typeof node === "object" && node !== null && (node as Element).type === "element" && (node as Element).tagName === tagName;

const hasClass = (node: Element, name: string) => {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.includes(name) : value === name;
};

const digests: Partial<Record<Locale, RightNowDigest>> = {};

/** The digest in one language (English by default): the Spanish one is cut from content/es/pages/right-now.md. */
export function getRightNowDigest(locale: Locale = DEFAULT_LOCALE): RightNowDigest {
  return (digests[locale] ??= digestOf(locale));
}

function digestOf(locale: Locale): RightNowDigest {
  const file = `${localeContentDir("content", locale)}/pages/right-now.md`;
  const page = getPage("right-now", locale);
  if (!page) throw new Error(`${file} is missing`);
  const act = page.hast.children.find((node): node is Element => isElement(node, "div") && hasClass(node, "act-now"));
  if (!act) throw new Error(`${file} needs its :::act-now block before the first heading`);
  const later = page.hast.children.flatMap((node) => {
    if (!isElement(node, "section")) return [];
    const [heading, ...rest] = node.children.filter((child): child is Element => child.type === "element");
    const id = heading?.properties?.id;
    if (!isElement(heading, "h2") || typeof id !== "string" || NOT_SHORTENED.has(id)) return [];
    const lead = rest[0];
    if (!isElement(lead, "p")) throw new Error(`${file}: the section #${id} must start with a paragraph (its short version)`);
    return [{ id, title: hastToString(heading), leadHtml: html([lead]), href: `${pagePath("right-now", locale)}#${id}` }];
  });
  const steps = renderMarkdown("::overdose-steps", getCatalogue(locale), "the overdose steps", { linkTerms: false });
  return { actNowHtml: html([act]), stepsHtml: steps.html, later };
}
