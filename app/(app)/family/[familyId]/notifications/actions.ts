"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { boundFormAction, boundPlainFormAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { markEventsSeen } from "@/lib/notifications/events";
import { preferencesInput, quietDaysInput, savePreferences, setQuietDays } from "@/lib/notifications/preferences";

/**
 * Notification choices. Session, membership (through lib/notifications and lib/family/access),
 * kept values and "never a 500": lib/forms/action.ts.
 */
const common = {
  signedOut: { message: "You are signed out. Sign in again, then save your choices again." },
  notFound: "We could not find this family space. You may no longer be a member.",
  failed: "Something went wrong and your choices were not saved. Please try again in a moment.",
  limits: ["write" as const],
};

export const savePreferencesAction = boundFormAction(z.tuple([idField]), { ...common, schema: preferencesInput }, async ({ actor, bound: [familyId], input, values }) => {
  await savePreferences(actor, familyId, input);
  return { status: "success", message: "Saved. These are your choices for this family space.", values };
});

export const setQuietDaysAction = boundFormAction(z.tuple([idField]), { ...common, schema: quietDaysInput }, async ({ actor, bound: [familyId], input, values }) => {
  await setQuietDays(actor, familyId, input);
  return { status: "success", message: "Saved for the whole family.", values };
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
