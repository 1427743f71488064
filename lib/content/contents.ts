import type { Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";

/**
 * "On this page" for long reading pages (issue 17, item 9): the sections a person can jump to, and
 * a way back to that list at the end of each one, so a page of ten screens can be read in the
 * order a person needs. Plain anchors in static HTML: no JavaScript.
 */
export type ContentsEntry = { id: string; title: string };

/** The id of the "On this page" list, which each section's "back" link points to. */
export const CONTENTS_ID = "on-this-page";

/** The page's h2 sections that carry an anchor (lib/content/markdown.ts wraps each h2 in a section). */
export function sectionContents(hast: Root): ContentsEntry[] {
  return hast.children.flatMap((node) => {
    if (node.type !== "element" || node.tagName !== "section") return [];
    const heading = node.children[0];
    if (heading?.type !== "element" || heading.tagName !== "h2" || !heading.properties?.id) return [];
    return [{ id: String(heading.properties.id), title: hastToString(heading) }];
  });
}

/** Pages with this many sections or more show the list (fewer fit on a screen or two). */
export const CONTENTS_MIN_SECTIONS = 3;

/**
 * Ends every section of our own rendered HTML with a link back to the list. Sections are never
 * nested (sectionize makes them only at the top level), so each closing tag ends one.
 */
export function withBackLinks(html: string, label = "Back to the list of sections"): string {
  return html.replaceAll("</section>", `<p class="to-contents"><a href="#${CONTENTS_ID}">${label}</a></p></section>`);
}
