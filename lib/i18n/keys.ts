import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** Any message's full key, such as "Plan.errors.stepTooLong" (messages/en/*.json). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * lib/ knows no language: a refusal it makes (a RuleError, a zod issue, a form's answer) names its
 * message by key, written with msg() so the compiler checks the key exists, and the words are
 * chosen where they are shown, in the reader's language (lib/forms/action.ts, decision 052).
 * Imports no messages (types only), so a schema a client component also uses stays small.
 */
export const msg = <K extends MessageKey>(key: K): K => key;

const KEY = /^[A-Z][A-Za-z]+(\.[A-Za-z0-9_]+)+$/;

/** Whether a string is a message key (and not already words). */
export const isMessageKey = (text: string): text is MessageKey => KEY.test(text);
