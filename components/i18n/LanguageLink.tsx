// Plain links, not next/link: reading pages are static HTML (decision 005).
import { DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, localePath, otherLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The link to this page in the other language (decision 050): a plain link in the static HTML, so
 * it works without JavaScript, keeps the page prerendered and stores nothing (no cookie). With a
 * `path`, the page exists in both languages: the link goes to the same page, and the page lists its
 * `hreflang` alternates (React places the <link> elements in the <head>). Without one (a page that
 * is not in Spanish yet), it goes to the other language's home page.
 */
export function LanguageLink({ locale, path }: { locale: Locale; path: string | null }) {
  const other = otherLocale(locale);
  return (
    <>
      {path !== null
        ? [...LOCALES, "x-default" as const].map((language) => (
            <link key={language} rel="alternate" hrefLang={language} href={localePath(language === "x-default" ? DEFAULT_LOCALE : language, path)} />
          ))
        : null}
      <p className="language-link">
        <a href={localePath(other, path ?? "/")} hrefLang={other} lang={other}>
          {LANGUAGE_NAMES[other]}
        </a>
      </p>
    </>
  );
}
