"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { askAuth } from "@/lib/auth/api-errors";
import { enforce, RULES } from "@/lib/auth/limits";
import { recoverInput, resetWithRecoveryCode } from "@/lib/account/recovery";
import { resetWithLink, resetWithLinkInput } from "@/lib/account/reset-links";
import { EMAIL_LINK_NOT_WORKING, FORGOT_SENT, forgotPasswordInput, newPasswordInput } from "@/lib/account/recovery-inputs";
import { mailConfigured } from "@/lib/env";
import { safeNext, signInInput, signUpInput } from "@/lib/auth/schemas";
import { boundPublicFormAction, publicFormAction } from "@/lib/forms/action";
import { errorState } from "@/lib/forms/form-state";
import { tokenField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";

/** After sign-up, one more step: the recovery code, shown once. */
const recoveryStep = (next: unknown) => `/account/recovery-code?welcome=1&next=${encodeURIComponent(safeNext(next))}`;

export const signUpAction = publicFormAction({ schema: signUpInput, secret: ["password"] }, async ({ input, values }) => {
  await askAuth(async () => auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers: await headers() }), {
    exists: { message: msg("Auth.errors.exists"), field: "email" },
    weakPassword: { field: "password" },
    other: { message: msg("Auth.errors.signUpFailed") },
  });
  redirect(recoveryStep(values.next));
});

/**
 * Sign-in goes through better-auth's endpoint, whose hooks apply the sign-in limits
 * (lib/auth/limits.ts) to our form and to the HTTP API alike.
 */
export const signInAction = publicFormAction({ schema: signInInput, secret: ["password"] }, async ({ input }) => {
  await askAuth(async () => auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() }), {
    other: { message: msg("Auth.errors.signInWrong"), field: "password" },
  });
  redirect(safeNext(input.next));
});

/**
 * "Forgot your password?" without email: the recovery code. The same answer for an unknown email
 * and a wrong code; limited per account and address, and per account from anywhere.
 */
export const recoverWithCodeAction = publicFormAction({ schema: recoverInput, secret: ["newPassword", "code"] }, async ({ input, address }) => {
  await enforce([RULES.recoverAccountAddress, `${input.email}|${address}`], [RULES.recoverAccount, input.email], [RULES.redeemTokenAddress, address]);
  await resetWithRecoveryCode(input);
  redirect("/sign-in?reset=done");
});

/** A reset link from the family's owner (its token bound by the page): choose a new password. */
export const resetWithLinkAction = boundPublicFormAction(
  z.tuple([tokenField]),
  { schema: resetWithLinkInput, secret: ["newPassword", "confirmPassword"], limits: ["redeemToken"] },
  async ({ input, bound: [token] }) => {
    await resetWithLink(token, input.newPassword);
    redirect("/sign-in?reset=done");
  },
);

/**
 * "Forgot your password?" by email (better-auth's flow; decision 023). The same answer whether or
 * not the email has an account; limits per account and address (lib/auth/auth.ts hooks).
 */
export const forgotPasswordAction = publicFormAction({ schema: forgotPasswordInput }, async ({ input, values }) => {
  if (!mailConfigured()) return errorState(msg("Auth.errors.noMail"), values);
  await askAuth(async () => auth.api.requestPasswordReset({ body: { email: input.email, redirectTo: "/sign-in/new-password" }, headers: await headers() }), {});
  return { status: "success", message: FORGOT_SENT, values };
});

/** The new password, from the link in that email (its token bound by the page). Every session of the account ends. */
export const newPasswordAction = boundPublicFormAction(
  z.tuple([tokenField]),
  { schema: newPasswordInput, secret: ["newPassword", "confirmPassword"], limits: ["redeemToken"] },
  async ({ input, bound: [token] }) => {
    await askAuth(async () => auth.api.resetPassword({ body: { newPassword: input.newPassword, token }, headers: await headers() }), {
      weakPassword: { field: "newPassword" },
      other: { message: EMAIL_LINK_NOT_WORKING },
    });
    redirect("/sign-in?reset=done");
  },
);
