import "server-only";
import { join } from "node:path";
import {
  CONTENT_DIR,
  getCatalogue as getEnglishCatalogue,
  getCrisis as getEnglishCrisis,
  getPages as getEnglishPages,
  type Catalogue,
  type Page,
  type PageSlug,
} from "@/lib/content";
import { loadPages } from "@/lib/content/pages";
import { renderMarkdown } from "@/lib/content/markdown";
import { sectionContents, type ContentsEntry } from "@/lib/content/contents";
import { MESSAGES } from "./messages";
import { localePath, type Locale } from "./locales";

/**
 * THE ADAPTER between the reading pages and the content loaders, per language (decision 050).
 * Everything in app/[locale] and components/ reads content through this file only, so switching
 * to lib/content's own locale-aware loaders (getPage(slug, locale), getCatalogue(locale), …) is a
 * change here and nowhere else.
 *
 * Until then:
 * - Spanish pages are read from content/es/pages/<slug>.md with the same loader and validators
 *   as the English ones;
 * - the catalogue (the blocks inside a page, the crisis numbers in the header, the glossary) is
 *   the ENGLISH one in both languages: content/es/catalogue/ does not exist yet;
 * - links that the catalogue and the glossary write into a Spanish page (/guide/..., /crisis)
 *   are moved under /es, so a Spanish reader stays in Spanish.
 */

const spanish: { pages?: Page[] } = {};

export function getCatalogue(locale: Locale): Catalogue {
  void locale; // English in both languages until content/es/catalogue/ exists.
  return getEnglishCatalogue();
}

export function getPages(locale: Locale): Page[] {
  if (locale === "en") return getEnglishPages();
  spanish.pages ??= loadPages(join(CONTENT_DIR, "es"), getCatalogue("es")).map((page) => ({ ...page, html: localizeLinks(page.html, "es") }));
  return spanish.pages;
}

export const getPage = (slug: string, locale: Locale): Page | undefined => getPages(locale).find((page) => page.slug === slug);

export const getGuidePages = (locale: Locale): Page[] => getPages(locale).filter((page) => page.slug !== "right-now");

/** Previous and next in reading order. */
export function neighbours(slug: PageSlug, locale: Locale): { previous?: Page; next?: Page } {
  const pages = getPages(locale);
  const index = pages.findIndex((page) => page.slug === slug);
  return { previous: pages[index - 1], next: pages[index + 1] };
}

const crisisPages = new Map<Locale, { html: string; contents: ContentsEntry[] }>();

/** The /crisis page's body: the same catalogue blocks as the guide, headed in the page's language. */
export function getCrisis(locale: Locale): { html: string; contents: ContentsEntry[] } {
  if (locale === "en") return getEnglishCrisis();
  const known = crisisPages.get(locale);
  if (known) return known;
  const words = MESSAGES[locale].Crisis;
  const { html, hast } = renderMarkdown(
    [
      `## ${words.signs} {#signs}`,
      "::overdose-signs",
      `## ${words.steps} {#steps}`,
      "::overdose-steps",
      `## ${words.numbers} {#numbers}`,
      "::crisis-contacts",
      `## ${words.poisonControl} {#poison-control}`,
      words.poisonControlText,
      `## ${words.facts} {#facts}`,
      "::overdose-facts",
    ].join("\n\n"),
    getCatalogue(locale),
    `crisis page (${locale})`,
  );
  const page = { html: localizeLinks(html, locale), contents: sectionContents(hast) };
  crisisPages.set(locale, page);
  return page;
}

/** Our own reading-page links in rendered HTML (href="/guide...", "/right-now", "/crisis"), in a language. */
export function localizeLinks(html: string, locale: Locale): string {
  if (locale === "en") return html;
  return html.replace(/href="(\/(?:guide|right-now|crisis|offline)(?:[/#?][^"]*)?)"/g, (_match, href: string) => `href="${localePath(locale, href)}"`);
}
