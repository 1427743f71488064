import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { z } from "zod";
import { msg, type MessageKey } from "../i18n/keys";

/**
 * Password rules after OWASP ASVS 5 (V6.2): at least 8 characters, up to 128 allowed, no
 * composition rules, and common or easily guessed passwords refused. zxcvbn-ts checks against its
 * lists of common passwords, names and words, plus the person's own name and email.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/**
 * What is wrong with a new password, as a message key (Auth.errors; the words say 8 and 128, and
 * tests/unit/auth-rules.test.ts keeps them equal to PASSWORD_MIN and PASSWORD_MAX).
 */
export function passwordProblem(password: string, userInputs: string[] = []): MessageKey | undefined {
  if (password.length < PASSWORD_MIN) return msg("Auth.errors.passwordShort");
  if (password.length > PASSWORD_MAX) return msg("Auth.errors.passwordLong");
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  const own = userInputs.filter(Boolean).flatMap((input) => [input, input.split("@")[0]!]);
  // Only the name or email itself, perhaps with digits added: not every password that shares a few letters.
  const isOwn = (input: string) => plain(input).length >= 3 && new RegExp(`^${plain(input)}[0-9]*$`).test(plain(password));
  if (own.some(isOwn)) {
    return msg("Auth.errors.passwordOwn");
  }
  // The person's own name and email (and its parts) count as easy to guess.
  const inputs = userInputs.filter(Boolean).flatMap((input) => [input, ...input.split(/[@.\s_-]+/)]).filter((part) => part.length >= 3);
  const result = zxcvbn(password, inputs);
  if (result.score < 2) {
    return msg("Auth.errors.passwordCommon");
  }
  return undefined;
}

export const newPasswordField = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
