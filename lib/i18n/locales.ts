/**
 * The languages Steady is read in, and the one mapping between a page and its address in each
 * (docs/decisions/050-spanish-reading-pages-first.md). English keeps every address it had; Spanish
 * is the same path under /es. No "server-only" and no imports: proxy.ts and lib/routes.ts use it.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The language's name in itself, for the link that switches to it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** A root param (undefined outside app/[locale]) as a locale: anything else reads as English. */
export const toLocale = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

export const otherLocale = (locale: Locale): Locale => (locale === "en" ? "es" : "en");

/** "/guide/triggers" in a language: the same path in English, under /es in Spanish. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The other way: which language an address is in, and the page's path without the prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (pathname === `/${locale}` || pathname === `/${locale}/`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}
