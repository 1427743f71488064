import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { toLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

/**
 * next-intl's configuration for each render (docs/decisions/038 and 050). The language is the root
 * param of app/[locale]/ (next/root-params: reading it keeps a page static); the private pages'
 * root layout, app/(app)/, has none yet, so they read as English. Messages are used on the server
 * only: no page gets a NextIntlClientProvider, so no message reaches the browser's JavaScript.
 * A missing message is an error, never the English text in its place
 * (tests/unit/messages.test.ts keeps both files with the same keys).
 */
export default getRequestConfig(async ({ locale: asked }) => {
  // A component may name its language (getTranslations({ locale })); otherwise the route's.
  const locale = toLocale(asked ?? (await rootLocale()));
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: "America/New_York",
    onError(error) {
      throw error;
    },
  };
});
