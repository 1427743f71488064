import { createTranslator, type TranslationValues } from "next-intl";
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
