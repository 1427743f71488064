// Plain links, not next/link: reading pages are static HTML (decision 005).
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, localePath, otherLocale, SPANISH_OFFER_SEGMENT, type Locale } from "@/lib/i18n/locales";

/**
 * The link to this page in the other language (decision 050): a plain link in the static HTML, so
 * it works without JavaScript, keeps the page prerendered and stores nothing (no cookie). With a
 * `path`, the page exists in both languages: the link goes to the same page, and the page lists its
 * `hreflang` alternates (React places the <link> elements in the <head>). Without one (a page that
 * is not in Spanish yet), it goes to the other language's home page.
 *
 * On an English page served to a browser that puts Spanish first (proxy.ts), a line above it
 * offers the Spanish page, in Spanish. An offer only: the page stays English.
 */
export async function LanguageLink({ locale, path }: { locale: Locale; path: string | null }) {
  const other = otherLocale(locale);
  const offer = path !== null && (await rootLocale()) === SPANISH_OFFER_SEGMENT;
  const spanish = offer ? await getTranslations({ locale: "es", namespace: "Language" }) : undefined;
  return (
    <>
      {path !== null
        ? [...LOCALES, "x-default" as const].map((language) => (
            <link key={language} rel="alternate" hrefLang={language} href={localePath(language === "x-default" ? DEFAULT_LOCALE : language, path)} />
          ))
        : null}
      {spanish && path !== null ? (
        <p className="language-offer" lang="es" data-testid="spanish-offer">
          {spanish.rich("offer", {
            link: (chunks) => (
              <a href={localePath("es", path)} hrefLang="es">
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      <p className="language-link">
        <a href={localePath(other, path ?? "/")} hrefLang={other} lang={other}>
          {LANGUAGE_NAMES[other]}
        </a>
      </p>
    </>
  );
}
