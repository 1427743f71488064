import { join } from "node:path";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

// The languages of the guide (issue 18; decision 038), as content sees them. The locale itself is
// defined once, in lib/i18n/locales.ts (no imports there: the proxy uses it too).

export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";

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
