import { msg, type MessageKey } from "../i18n/keys";

/** A person's name as the app shows it: 1 to 60 characters, no spaces around it, no control characters. */
export const NAME_MAX = 60;

/**
 * What is wrong with a name, as a message key (messages/<locale>/account.json, Auth.errors): the
 * words are chosen where they are shown, in the reader's language (decision 052).
 */
export function nameProblem(name: unknown): MessageKey | undefined {
  if (typeof name !== "string" || name.trim() === "") return msg("Auth.errors.nameMissing");
  if (name.length > NAME_MAX) return msg("Auth.errors.nameTooLong");
  if (name !== name.trim()) return msg("Auth.errors.nameSpaces");
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name)) return msg("Auth.errors.nameCharacters");
  return undefined;
}
