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

/**
 * The internal app/[locale] segment of an English page that also offers Spanish (a line at the
 * top, "¿Prefiere leer en español?"). proxy.ts answers an English reading page from it when the
 * browser's Accept-Language puts Spanish before English: the offer is static HTML too, with no
 * redirect, no cookie and no JavaScript. It is never an address of its own.
 */
export const SPANISH_OFFER_SEGMENT = "en-offer";

/** Every value of the [locale] segment that is prerendered. */
export const LOCALE_SEGMENTS = [...LOCALES, SPANISH_OFFER_SEGMENT] as const;

/**
 * An Accept-Language header whose first language is Spanish (es, es-US, es-419…). Browsers list a
 * person's languages in their order of preference, so the first one is the one they read best.
 * A regular expression, because next.config.ts's rewrites match the header with it (anchored at
 * both ends) and proxy.ts must make the same choice for the page's policy.
 */
export const SPANISH_FIRST = "\\s*es(?:-[A-Za-z0-9]+)?\\s*(?:[;,].*)?";

export const prefersSpanish = (header: string | null | undefined): boolean => new RegExp(`^${SPANISH_FIRST}$`).test(header ?? "");

/**
 * The request header proxy.ts sets to the address's language (a client's own value is replaced):
 * the page of an address no route answers reads it (app/global-not-found.tsx).
 */
export const ADDRESS_LOCALE_HEADER = "x-steady-address-locale";
