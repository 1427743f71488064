"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { askAuth } from "@/lib/auth/api-errors";
import { changePasswordInput, deleteAccountInput } from "@/lib/auth/schemas";
import { endOtherSessions, endSession } from "@/lib/auth/sessions";
import { deleteAccount } from "@/lib/account/delete-account";
import { createRecoveryCode } from "@/lib/account/recovery";
import { setTimeZone, TIME_ZONE_COOKIE, timeZoneInput } from "@/lib/account/time-zone";
import { boundFormAction, formAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";
import { localePath } from "@/lib/i18n/locales";

const toAccount = { redirect: () => "/sign-in?next=/account" };

/** Password checks here count toward a per-account-and-address limit (lib/auth/limits.ts). */
export const changePasswordAction = formAction(
  { schema: changePasswordInput, secret: ["currentPassword", "newPassword"], limits: ["passwordCheck"], signedOut: toAccount },
  async ({ input }) => {
    // Ends every other session: a changed password should lock out anyone else signed in.
    await askAuth(
      async () =>
        auth.api.changePassword({
          body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
          headers: await headers(),
        }),
      { weakPassword: { field: "newPassword" }, other: { message: msg("Account.errors.currentPasswordWrong"), field: "currentPassword" } },
    );
    // A redirect, not a returned state: better-auth replaces the session cookie here, and the page is
    // rendered afresh either way.
    redirect("/account?password=changed");
  },
);

export const deleteAccountAction = formAction(
  { schema: deleteAccountInput, secret: ["password"], limits: ["passwordCheck"], signedOut: toAccount },
  async ({ actor, user, input }) => {
    const requestHeaders = await headers();
    await askAuth(() => auth.api.verifyPassword({ body: { password: input.password }, headers: requestHeaders }), {
      other: { message: msg("Account.errors.deletePasswordWrong"), field: "password" },
    });
    await deleteAccount(actor);
    // The sessions went with the account; clear the cookie too.
    await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
    // The start page in the person's language (the reading pages' own address for it).
    redirect(`${localePath(user.locale, "/")}?account=deleted`);
  },
);

/** Ends one of the person's other sessions (signed in on another device; its id bound by the page). */
export const endSessionAction = boundFormAction(
  z.tuple([idField]),
  { signedOut: toAccount, notFound: msg("Account.errors.deviceGone") },
  async ({ actor, bound: [sessionId] }) => {
    await endSession(actor, sessionId, await headers());
    // The device's row (and this form) is gone now, so the message goes on the page itself.
    redirect("/account?devices=ended-one");
  },
);

/** Ends every session but this one. */
export const endOtherSessionsAction = formAction({ signedOut: toAccount }, async ({ actor }) => {
  const ended = await endOtherSessions(actor, await headers());
  redirect(`/account?devices=ended-${Math.min(ended, 999)}-others`);
});

/** The time zone times are shown in; "" goes back to following the device. */
export const setTimeZoneAction = formAction({ schema: timeZoneInput, signedOut: toAccount }, async ({ actor, input }) => {
  // The device's zone: from the form (Intl, read as the person chose), else this browser's cookie.
  const device = input.deviceTimeZone ?? (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  await setTimeZone(actor.userId, input.timeZone, device);
  return { status: "success", values: { timeZone: input.timeZone } };
});

/** A new recovery code, returned to the form the one time it is shown (the old one stops working). */
export const makeRecoveryCodeAction = formAction({ signedOut: toAccount, limits: ["createLink"] }, async ({ actor }) => {
  return { status: "success", message: await createRecoveryCode(actor) };
});
