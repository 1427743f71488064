import { z } from "zod";
import { newPasswordField } from "../auth/password";
import { msg } from "../i18n/keys";

/**
 * The account-recovery forms' inputs and the code's format: pure, so the schema fuzz
 * (tests/unit/schema-fuzz.test.ts) reaches them without a database. docs/decisions/023.
 *
 * A recovery code is 20 characters of Crockford's base32 (100 bits), shown in groups of four.
 */
export const RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RECOVERY_CODE_LENGTH = 20;

/** Refusals, as message keys (messages/<locale>/account.json): the words are the reader's language's. */
export const WRONG_CODE = msg("Recovery.errors.wrongCode");
export const LINK_NOT_WORKING = msg("Reset.errors.linkNotWorking");

/** What a person may type: spaces, dashes and lower case are fine; O and I/L read as 0 and 1. */
export function normalizeRecoveryCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function isWellFormedRecoveryCode(code: string): boolean {
  return code.length === RECOVERY_CODE_LENGTH && [...code].every((c) => RECOVERY_ALPHABET.includes(c));
}

/** ABCD-EFGH-…: easier to copy by hand. */
export function formatRecoveryCode(code: string): string {
  return code.match(/.{1,4}/g)!.join("-");
}

export const recoverInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: msg("Auth.errors.signedUpEmail") }).max(254, msg("Auth.errors.signedUpEmail"))),
  code: z
    .string()
    .max(100, WRONG_CODE)
    .transform(normalizeRecoveryCode)
    .superRefine((code, ctx) => {
      if (!code) ctx.addIssue({ code: "custom", message: msg("Recovery.errors.codeMissing") });
      else if (!isWellFormedRecoveryCode(code)) ctx.addIssue({ code: "custom", message: msg("Recovery.errors.codeFormat") });
    }),
  newPassword: newPasswordField,
});

export const resetWithLinkInput = z
  .object({ newPassword: newPasswordField, confirmPassword: z.string().max(200, msg("Auth.errors.passwordsDiffer")) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: msg("Auth.errors.passwordsDiffer") });

export const forgotPasswordInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: msg("Auth.errors.signedUpEmail") }).max(254, msg("Auth.errors.signedUpEmail"))),
});

/** The new password from an emailed link (the page binds the link's token to the action). */
export const newPasswordInput = z
  .object({ newPassword: newPasswordField, confirmPassword: z.string().max(200, msg("Auth.errors.passwordsDiffer")) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: msg("Auth.errors.passwordsDiffer") });

export const EMAIL_LINK_NOT_WORKING = msg("Auth.errors.emailLinkNotWorking");

export const FORGOT_SENT = msg("Auth.forgotSent");
