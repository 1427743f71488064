"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { changePasswordInput, deleteAccountInput } from "@/lib/auth/schemas";
import { deleteAccount } from "@/lib/account/delete-account";
import { setTimeZone, timeZoneInput } from "@/lib/account/time-zone";
import { RuleError } from "@/lib/family/errors";
import { errorState, parseForm, type FormState } from "@/lib/forms/form-state";
import { clearSignInFailures, recordSignInFailure, signInWaitMinutes } from "@/lib/auth/throttle";

/** Password checks here count toward the same per-account limit as sign-in. */
function tooManyTries(email: string, field: string): FormState | undefined {
  const wait = signInWaitMinutes(email);
  return wait ? errorState(`Too many tries. For your safety, wait ${wait} minute${wait === 1 ? "" : "s"} and try again.`, undefined, field) : undefined;
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/account");
  const parsed = parseForm(changePasswordInput, formData, { secret: ["currentPassword", "newPassword"] });
  if (!parsed.ok) return parsed.state;
  const limited = tooManyTries(user.email, "currentPassword");
  if (limited) return limited;
  try {
    // Ends every other session: a changed password should lock out anyone else signed in.
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError) {
      const code = (error.body as { code?: string } | undefined)?.code;
      if (code === "WEAK_PASSWORD") return errorState(error.message, undefined, "newPassword");
      recordSignInFailure(user.email);
      return errorState("Your current password is not right.", undefined, "currentPassword");
    }
    throw error;
  }
  clearSignInFailures(user.email);
  // A redirect, not a returned state: better-auth replaces the session cookie here, and the page is
  // rendered afresh either way.
  redirect("/account?password=changed");
}

export async function deleteAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/account");
  const parsed = parseForm(deleteAccountInput, formData, { secret: ["password"] });
  if (!parsed.ok) return parsed.state;
  const limited = tooManyTries(user.email, "password");
  if (limited) return limited;
  const requestHeaders = await headers();
  try {
    await auth.api.verifyPassword({ body: { password: parsed.data.password }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError) {
      recordSignInFailure(user.email);
      return errorState("That password is not right.", { confirm: "on" }, "password");
    }
    throw error;
  }
  try {
    await deleteAccount({ userId: user.id });
  } catch (error) {
    if (error instanceof RuleError) return errorState(error.message, { confirm: "on" });
    throw error;
  }
  // The sessions went with the account; clear the cookie too.
  await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  redirect("/?account=deleted");
}

/** The time zone times are shown in; "" goes back to following the device. */
export async function setTimeZoneAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/account");
  const parsed = parseForm(timeZoneInput, formData);
  if (!parsed.ok) return parsed.state;
  await setTimeZone(user.id, parsed.data.timeZone);
  return { status: "success", values: { timeZone: parsed.data.timeZone } };
}
