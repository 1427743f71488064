import { join } from "node:path";

/**
 * The languages of the guide (issue 18; decision 038). The one place a locale is defined: routing,
 * messages and content all take this type. English is the default and keeps every current URL;
 * Spanish lives under /es.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/**
 * Where a language's content lives: English in content/ itself, Spanish in content/es/ (the same
 * file names: pages/<slug>.md and catalogue/*.json). content/sources.json is shared: a page in
 * either language cites the same public sources by the same ids.
 */
export function localeContentDir(contentDir: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? contentDir : join(contentDir, locale);
}

/** The URL prefix of a language: "" for English (its URLs stay as they are), "/es" for Spanish. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? "" : `/${locale}`);
