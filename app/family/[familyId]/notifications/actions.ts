"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/family/errors";
import { errorState, formValues, parseForm, type FormState } from "@/lib/forms/form-state";
import { markEventsSeen } from "@/lib/notifications/events";
import { preferencesInput, quietDaysInput, savePreferences, setQuietDays } from "@/lib/notifications/preferences";

/**
 * Notification choices. Each action checks the session and the membership again (through
 * lib/notifications and lib/family/access), keeps what was chosen when it refuses, and never
 * ends in a 500.
 */
const SIGNED_OUT = "You are signed out. Sign in again, then save your choices again.";
const GONE = "We could not find this family space. You may no longer be a member.";
const FAILED = "Something went wrong and your choices were not saved. Please try again in a moment.";

function refusal(error: unknown, values: FormState["values"]): FormState {
  if (error instanceof ForbiddenError) return errorState("Only the family’s owner can change this.", values);
  if (error instanceof NotFoundError) return errorState(GONE, values);
  console.error("notification action failed:", error instanceof Error ? error.name : "unknown error");
  return errorState(FAILED, values);
}

export async function savePreferencesAction(familyId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (!user) return errorState(SIGNED_OUT, values);
  const parsed = parseForm(preferencesInput, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await savePreferences({ userId: user.id }, String(familyId), parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  return { status: "success", message: "Saved. These are your choices for this family space.", values };
}

export async function setQuietDaysAction(familyId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (!user) return errorState(SIGNED_OUT, values);
  const parsed = parseForm(quietDaysInput, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await setQuietDays({ userId: user.id }, String(familyId), parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  return { status: "success", message: "Saved for the whole family.", values };
}

/** "Mark as seen" on the overview: a plain form, works without JavaScript. */
export async function markSeenAction(familyId: string): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/family/${familyId}`)}`);
  try {
    await markEventsSeen({ userId: user.id }, String(familyId));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  redirect(`/family/${encodeURIComponent(familyId)}`);
}
