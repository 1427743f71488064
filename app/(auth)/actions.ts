"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { enforce, RULES } from "@/lib/auth/limits";
import { recoverInput, resetWithRecoveryCode } from "@/lib/account/recovery";
import { resetWithLink, resetWithLinkInput } from "@/lib/account/reset-links";
import { EMAIL_LINK_NOT_WORKING, FORGOT_SENT, forgotPasswordInput, newPasswordInput } from "@/lib/account/recovery-inputs";
import { mailConfigured } from "@/lib/env";
import { safeNext, signInInput, signUpInput } from "@/lib/auth/schemas";
import { publicFormAction } from "@/lib/forms/action";
import { errorState } from "@/lib/forms/form-state";

const apiCode = (error: APIError) => (error.body as { code?: string } | undefined)?.code;

/** After sign-up, one more step: the recovery code, shown once. */
const recoveryStep = (next: unknown) => `/account/recovery-code?welcome=1&next=${encodeURIComponent(safeNext(next))}`;

export const signUpAction = publicFormAction({ schema: signUpInput, secret: ["password"] }, async ({ input, values }) => {
  try {
    await auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const code = apiCode(error);
    if (code === "RATE_LIMITED") return errorState(error.message, values);
    if (code?.includes("ALREADY_EXISTS")) return errorState("An account with this email already exists. Sign in instead.", values, "email");
    if (code === "WEAK_PASSWORD" || code?.includes("PASSWORD")) return errorState(error.message, values, "password");
    return errorState("We could not create your account. Please try again.", values);
  }
  redirect(recoveryStep(values.next));
});

/**
 * Sign-in goes through better-auth's endpoint, whose hooks apply the sign-in limits
 * (lib/auth/limits.ts) to our form and to the HTTP API alike.
 */
export const signInAction = publicFormAction({ schema: signInInput, secret: ["password"] }, async ({ input, values }) => {
  try {
    await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (apiCode(error) === "RATE_LIMITED") return errorState(error.message, values);
    return errorState("That email and password do not match an account.", values, "password");
  }
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

/** A reset link from the family's owner: choose a new password. */
export const resetWithLinkAction = publicFormAction(
  { schema: resetWithLinkInput, secret: ["newPassword", "confirmPassword"], limits: ["redeemToken"] },
  async ({ input, formData }) => {
    await resetWithLink(formData.get("token"), input.newPassword);
    redirect("/sign-in?reset=done");
  },
);

/**
 * "Forgot your password?" by email (better-auth's flow; decision 023). The same answer whether or
 * not the email has an account; limits per account and address (lib/auth/auth.ts hooks).
 */
export const forgotPasswordAction = publicFormAction({ schema: forgotPasswordInput }, async ({ input, values }) => {
  if (!mailConfigured()) return errorState("This site cannot send email. Use your recovery code below.", values);
  try {
    await auth.api.requestPasswordReset({ body: { email: input.email, redirectTo: "/sign-in/new-password" }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (apiCode(error) === "RATE_LIMITED" || error.status === "TOO_MANY_REQUESTS") return errorState(error.message, values);
    throw error;
  }
  return { status: "success", message: FORGOT_SENT, values };
});

/** The new password, from the link in that email. Every session of the account ends. */
export const newPasswordAction = publicFormAction(
  { schema: newPasswordInput, secret: ["newPassword", "confirmPassword"], limits: ["redeemToken"] },
  async ({ input }) => {
    try {
      await auth.api.resetPassword({ body: { newPassword: input.newPassword, token: input.token }, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      if (apiCode(error) === "WEAK_PASSWORD") return errorState(error.message, undefined, "newPassword");
      if (apiCode(error) === "RATE_LIMITED" || error.status === "TOO_MANY_REQUESTS") return errorState(error.message);
      return errorState(EMAIL_LINK_NOT_WORKING);
    }
    redirect("/sign-in?reset=done");
  },
);
