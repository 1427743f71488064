import { LANGUAGE_NAMES, otherLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The private pages' "Español" / "English" (decision 052): a plain form post to /language, which
 * keeps the choice (this browser, and a signed-in person's account) and comes back to this page.
 * Works without JavaScript; the reading pages use a link to the other address instead.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const other = otherLocale(locale);
  return (
    <form method="post" action="/language" className="language-link">
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other}>
        {LANGUAGE_NAMES[other]}
      </button>
    </form>
  );
}
