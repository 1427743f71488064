import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { isLocale, toLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { personLocale } from "@/lib/i18n/person-locale";

/**
 * next-intl's configuration for each render (docs/decisions/038, 050 and 052). A reading page's
 * language is the root param of app/[locale]/ (next/root-params: reading it keeps the page
 * static). The private pages, under app/(app)/, have none: theirs is the person's
 * (lib/i18n/person-locale.ts). A missing message is an error, never the English text in its place
 * (tests/unit/messages.test.ts keeps both languages with the same keys).
 */
export default getRequestConfig(async ({ locale: asked }) => {
  // A component may name its language (getTranslations({ locale })); otherwise the route's.
  const locale = asked ?? (await routeLocale()) ?? (await personLocale());
  return {
    locale: toLocale(locale),
    messages: MESSAGES[toLocale(locale)],
    timeZone: "America/New_York",
    onError(error) {
      throw error;
    },
  };
});

/** The reading page's language; undefined on a private page, in a server action or a route handler (where Next.js has no root params). */
async function routeLocale() {
  try {
    const value = await rootLocale();
    return isLocale(value) ? value : value === undefined ? undefined : toLocale(value);
  } catch {
    return undefined;
  }
}
