import { createTranslator, type MessageKeys, type NestedKeyOf, type TranslationValues } from "next-intl";
import { MESSAGES, type Messages } from "./messages";
import type { Locale } from "./locales";

/** Any message's full key, such as "Plan.errors.stepTooLong" (messages/en/*.json). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * lib/ knows no language: a refusal it makes (a RuleError, a zod issue) names its message by key,
 * written with msg() so the compiler checks the key exists, and the words are chosen where they are
 * shown, in the reader's language (lib/forms/action.ts). decision 052.
 */
export const msg = <K extends MessageKey>(key: K): K => key;

/** A key with the values its message needs ("Wait {minutes} minutes"). */
export type Text = { key: MessageKey; values?: TranslationValues };

const KEY = /^[A-Z][A-Za-z]+(\.[A-Za-z0-9_]+)+$/;

/** Whether a string is a message key (and not already words). */
export const isMessageKey = (text: string): text is MessageKey => KEY.test(text);

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
