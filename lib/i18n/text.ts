// use-intl's core (next-intl's own base, the same version): plain functions with no React, so
// scripts that load lib/ outside Next.js (tests/e2e/support/make-*.ts) can translate too.
import { createTranslator, type TranslationValues } from "use-intl/core";
import { MESSAGES } from "./messages";
import type { MessageKey } from "./keys";
import type { Locale } from "./locales";

export { isMessageKey, msg, type MessageKey } from "./keys";

/**
 * Translates messages outside a page's render (server actions, emails, exports), where next-intl's
 * request configuration is not at hand. A missing message throws, as on the pages: never the
 * English in its place.
 */
export function translator(locale: Locale) {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError(error) {
      throw error;
    },
  });
  return (key: MessageKey, values?: TranslationValues): string => (t as unknown as (key: string, values?: TranslationValues) => string)(key, values);
}
