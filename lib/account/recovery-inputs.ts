import { z } from "zod";
import { newPasswordField } from "../auth/password";

/**
 * The account-recovery forms' inputs and the code's format: pure, so the schema fuzz
 * (tests/unit/schema-fuzz.test.ts) reaches them without a database. docs/decisions/023.
 *
 * A recovery code is 20 characters of Crockford's base32 (100 bits), shown in groups of four.
 */
export const RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RECOVERY_CODE_LENGTH = 20;

export const WRONG_CODE = "That email and recovery code do not match. Check the code and try again.";
export const LINK_NOT_WORKING = "This link no longer works. Ask the owner of your family space for a new one.";

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
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "Enter the email you signed up with." }).max(254)),
  code: z
    .string()
    .max(100, WRONG_CODE)
    .transform(normalizeRecoveryCode)
    .superRefine((code, ctx) => {
      if (!code) ctx.addIssue({ code: "custom", message: "Enter your recovery code." });
      else if (!isWellFormedRecoveryCode(code)) ctx.addIssue({ code: "custom", message: "A recovery code has 20 letters and numbers, like ABCD-EFGH-JKMN-PQRS-TVWX." });
    }),
  newPassword: newPasswordField,
});

export const resetWithLinkInput = z
  .object({ newPassword: newPasswordField, confirmPassword: z.string().max(200) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two passwords are not the same." });

export const forgotPasswordInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "Enter the email you signed up with." }).max(254)),
});

/** The new password from an emailed link (the page binds the link's token to the action). */
export const newPasswordInput = z
  .object({ newPassword: newPasswordField, confirmPassword: z.string().max(200) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two passwords are not the same." });

export const EMAIL_LINK_NOT_WORKING = "This link no longer works: it was used, or its hour is over. Ask for a new one below.";

export const FORGOT_SENT = "If an account uses that email, we sent it a link to choose a new password. It works for one hour. Check your spam folder too.";
