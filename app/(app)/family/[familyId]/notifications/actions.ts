"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { boundFormAction, boundPlainFormAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";
import { markEventsSeen } from "@/lib/notifications/events";
import { preferencesInput, quietDaysInput, savePreferences, setQuietDays } from "@/lib/notifications/preferences";

/**
 * Notification choices. Session, membership (through lib/notifications and lib/family/access),
 * kept values and "never a 500": lib/forms/action.ts, which also puts the message keys into the
 * reader's language.
 */
const common = {
  signedOut: { message: msg("Notifications.errors.signedOut") },
  notFound: msg("Notifications.errors.notFound"),
  failed: msg("Notifications.errors.failed"),
  limits: ["write" as const],
};

export const savePreferencesAction = boundFormAction(z.tuple([idField]), { ...common, schema: preferencesInput }, async ({ actor, bound: [familyId], input, values }) => {
  await savePreferences(actor, familyId, input);
  return { status: "success", message: msg("Notifications.saved"), values };
});

export const setQuietDaysAction = boundFormAction(z.tuple([idField]), { ...common, schema: quietDaysInput }, async ({ actor, bound: [familyId], input, values }) => {
  await setQuietDays(actor, familyId, input);
  return { status: "success", message: msg("Notifications.savedFamily"), values };
});

/** "Mark as seen" on the overview: a plain form, works without JavaScript. */
export const markSeenAction = boundPlainFormAction(
  z.tuple([idField]),
  { signedOut: { redirect: ([familyId]) => `/sign-in?next=${encodeURIComponent(`/family/${familyId}`)}` } },
  async ({ actor, bound: [familyId] }) => {
    await markEventsSeen(actor, familyId);
    redirect(`/family/${encodeURIComponent(familyId)}`);
  },
);
