import { join } from "node:path";
import { loadCatalogue, type Catalogue } from "./catalogue";
import { loadPages, type Page } from "./pages";
import type { PageSlug } from "./schema";
import { renderMarkdown } from "./markdown";
import { sectionContents, type ContentsEntry } from "./contents";
import { DEFAULT_LOCALE, type Locale } from "./locale";
import { contentStrings } from "./strings";

/**
 * The guidance, loaded and validated once per process and per language. Pages are rendered at
 * build time (they are statically generated), so invalid content fails `next build`. Every
 * function takes a locale, English by default, so a caller written before Spanish existed still
 * gets English. Spanish is loaded only when asked for, and is then checked against the English
 * (lib/content/parity.ts): a missing Spanish page or text is an error, never an English stand-in.
 */
export const CONTENT_DIR = join(process.cwd(), "content");

const catalogues: Partial<Record<Locale, Catalogue>> = {};
const pageSets: Partial<Record<Locale, Page[]>> = {};

export function getCatalogue(locale: Locale = DEFAULT_LOCALE): Catalogue {
  return (catalogues[locale] ??= loadCatalogue(CONTENT_DIR, locale));
}

export function getPages(locale: Locale = DEFAULT_LOCALE): Page[] {
  return (pageSets[locale] ??= loadPages(CONTENT_DIR, getCatalogue(locale), locale === DEFAULT_LOCALE ? {} : { english: getPages(DEFAULT_LOCALE) }));
}

export function getPage(slug: string, locale: Locale = DEFAULT_LOCALE): Page | undefined {
  return getPages(locale).find((page) => page.slug === slug);
}

export function getGuidePages(locale: Locale = DEFAULT_LOCALE): Page[] {
  return getPages(locale).filter((page) => page.slug !== "right-now");
}

/** Previous and next in reading order. */
export function neighbours(slug: PageSlug, locale: Locale = DEFAULT_LOCALE): { previous?: Page; next?: Page } {
  const pages = getPages(locale);
  const index = pages.findIndex((page) => page.slug === slug);
  return { previous: pages[index - 1], next: pages[index + 1] };
}

export type { Catalogue, Page, PageSlug, Locale };
export { LOCALES, DEFAULT_LOCALE, isLocale } from "./locale";
export { contentStrings } from "./strings";
export { pagePath, crisisPath, stagePath, triggerGroupPath, responsesPath, glossaryPagePath, telHref, smsHref } from "./links";

const crisisPages: Partial<Record<Locale, { html: string; contents: ContentsEntry[] }>> = {};

/** The /crisis page: the same catalogue blocks the guide uses, so the steps read the same everywhere. */
export function getCrisis(locale: Locale = DEFAULT_LOCALE): { html: string; contents: ContentsEntry[] } {
  return (crisisPages[locale] ??= crisisPage(locale));
}

function crisisPage(locale: Locale) {
  const { html, hast } = renderMarkdown(contentStrings(locale).crisisPage.join("\n\n"), getCatalogue(locale), `crisis page (${locale})`);
  return { html, contents: sectionContents(hast) };
}
