import "server-only";
import {
  getCatalogue as getContentCatalogue,
  getCrisis as getContentCrisis,
  getPages as getContentPages,
  type Catalogue,
  type Page,
  type PageSlug,
} from "@/lib/content";
import type { ContentsEntry } from "@/lib/content/contents";
import { localePath, type Locale } from "./locales";

/**
 * The reading pages' content, per language (decisions 048 and 050): lib/content's own
 * locale-aware loaders (the Spanish pages with the Spanish catalogue, parity checked on load, no
 * English fallback), with our reading-page links kept in the page's language.
 */

const localized = new Map<Locale, Page[]>();

export function getCatalogue(locale: Locale): Catalogue {
  return getContentCatalogue(locale);
}

export function getPages(locale: Locale): Page[] {
  if (locale === "en") return getContentPages("en");
  const known = localized.get(locale);
  if (known) return known;
  const pages = getContentPages(locale).map((page) => ({ ...page, html: localizeLinks(page.html, locale) }));
  localized.set(locale, pages);
  return pages;
}

export const getPage = (slug: string, locale: Locale): Page | undefined => getPages(locale).find((page) => page.slug === slug);

export const getGuidePages = (locale: Locale): Page[] => getPages(locale).filter((page) => page.slug !== "right-now");

/** Previous and next in reading order. */
export function neighbours(slug: PageSlug, locale: Locale): { previous?: Page; next?: Page } {
  const pages = getPages(locale);
  const index = pages.findIndex((page) => page.slug === slug);
  return { previous: pages[index - 1], next: pages[index + 1] };
}

/** The /crisis page's body: the same catalogue blocks as the guide, in the page's language. */
export function getCrisis(locale: Locale): { html: string; contents: ContentsEntry[] } {
  const page = getContentCrisis(locale);
  return locale === "en" ? page : { ...page, html: localizeLinks(page.html, locale) };
}

/** Our own reading-page links in rendered HTML (href="/guide...", "/right-now", "/crisis"), in a language. */
export function localizeLinks(html: string, locale: Locale): string {
  if (locale === "en") return html;
  return html.replace(/href="(\/(?:guide|right-now|crisis|offline)(?:[/#?][^"]*)?)"/g, (_match, href: string) => `href="${localePath(locale, href)}"`);
}
