import { z } from "zod";
import { msg } from "../i18n/keys";
import { PASSWORD_MAX, passwordProblem } from "./password";

const email = z.string().trim().toLowerCase().pipe(z.email({ message: msg("Auth.errors.emailInvalid") }).max(254, msg("Auth.errors.emailInvalid")));

export const signUpInput = z
  .object({
    name: z.string().trim().min(1, msg("Auth.errors.nameMissing")).max(60, msg("Auth.errors.nameTooLong")),
    email,
    password: z.string(),
  })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.password, [input.email, input.name]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const signInInput = z.object({
  email,
  password: z.string().min(1, msg("Auth.errors.passwordMissing")).max(PASSWORD_MAX, msg("Auth.errors.passwordTooLong")),
  next: z.string().optional(),
});

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1, msg("Account.errors.currentPasswordMissing")), newPassword: z.string() })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.newPassword);
    if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem });
    if (input.newPassword === input.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: msg("Account.errors.samePassword") });
  });

export const deleteAccountInput = z.object({
  password: z.string().min(1, msg("Account.errors.deletePasswordMissing")),
  confirm: z.literal("on", { message: msg("Account.errors.confirmTick") }),
});

/**
 * Only a path on this site may follow sign-in (no open redirects): one leading slash, no control
 * characters or spaces (browsers drop tabs and newlines, so "/\t/evil.example" would become
 * "//evil.example"), no backslashes, and it must still resolve to our own origin.
 */
export function safeNext(next: unknown, fallback = "/family"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) return fallback;
  if (/[\x00-\x20\x7f\\]/.test(next)) return fallback;
  try {
    const base = "http://app.invalid";
    return new URL(next, base).origin === base ? next : fallback;
  } catch {
    return fallback;
  }
}
