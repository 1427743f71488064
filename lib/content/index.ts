import { join } from "node:path";
import { loadCatalogue, type Catalogue } from "./catalogue";
import { loadPages, type Page } from "./pages";
import type { PageSlug } from "./schema";
import { renderMarkdown } from "./markdown";
import { sectionContents, type ContentsEntry } from "./contents";

/**
 * The guidance, loaded and validated once per process. Pages are rendered at build time (they are
 * statically generated), so invalid content fails `next build`.
 */
export const CONTENT_DIR = join(process.cwd(), "content");

let cache: { catalogue: Catalogue; pages: Page[] } | undefined;

function load() {
  if (!cache) {
    const catalogue = loadCatalogue(CONTENT_DIR);
    cache = { catalogue, pages: loadPages(CONTENT_DIR, catalogue) };
  }
  return cache;
}

export const getCatalogue = (): Catalogue => load().catalogue;
export const getPages = (): Page[] => load().pages;

export function getPage(slug: string): Page | undefined {
  return getPages().find((page) => page.slug === slug);
}

export function getGuidePages(): Page[] {
  return getPages().filter((page) => page.slug !== "right-now");
}

/** Previous and next in reading order. */
export function neighbours(slug: PageSlug): { previous?: Page; next?: Page } {
  const pages = getPages();
  const index = pages.findIndex((page) => page.slug === slug);
  return { previous: pages[index - 1], next: pages[index + 1] };
}

export type { Catalogue, Page, PageSlug };
export { pagePath, stagePath, triggerGroupPath, responsesPath, telHref, smsHref } from "./links";

let crisis: { html: string; contents: ContentsEntry[] } | undefined;

/** The /crisis page: the same catalogue blocks the guide uses, so the steps read the same everywhere. */
export function getCrisis(): { html: string; contents: ContentsEntry[] } {
  crisis ??= crisisPage();
  return crisis;
}

function crisisPage() {
  const { html, hast } = renderMarkdown(
    [
      "## Is this an overdose? {#signs}",
      "::overdose-signs",
      "## What to do, in this order {#steps}",
      "::overdose-steps",
      "## Numbers to call {#numbers}",
      "::crisis-contacts",
      "## When to call Poison Control {#poison-control}",
      "Poison Control answers questions about a medicine or drug someone took, such as a mix-up with doses. Call it while the person is awake and breathing. If someone cannot be woken or is not breathing well, call 911 instead. If a child may have swallowed methadone, buprenorphine or any opioid, call 911 right away, even if the child seems fine.",
      "## Good to know {#facts}",
      "::overdose-facts",
    ].join("\n\n"),
    getCatalogue(),
    "crisis page",
  );
  return { html, contents: sectionContents(hast) };
}
