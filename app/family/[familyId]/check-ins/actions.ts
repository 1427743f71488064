"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { checkInInput, createCheckIn, deleteCheckIn, updateCheckIn } from "@/lib/family/checkins";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/family/errors";
import { errorState, formValues, parseForm, type FormState } from "@/lib/forms/form-state";

/**
 * Check-in actions. Each one checks the session and the membership again (through lib/family),
 * keeps everything typed when it refuses, and never ends in a 500.
 */

const SIGNED_OUT = "You are signed out. Sign in again in a new tab, then save this again. What you wrote is still here.";
const GONE = "We could not find this check-in in your family space. It may have been deleted, or you may no longer be a member.";
const FAILED = "Something went wrong and your check-in was not saved. Please try again in a moment.";

const timeline = (familyId: string, notice: string) => `/family/${encodeURIComponent(familyId)}/check-ins?done=${notice}`;
/** After "may have used": the check-in is saved, and what to do right now comes next. */
const rightNow = (familyId: string) => `/family/${encodeURIComponent(familyId)}/check-ins/right-now`;

function refusal(error: unknown, values: FormState["values"], fallback: string): FormState {
  if (error instanceof RuleError) return errorState(error.message, values, error.field);
  if (error instanceof NotFoundError || error instanceof ForbiddenError) return errorState(GONE, values);
  // Log what failed, never what was written.
  console.error("check-in action failed:", error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? ""}` : "unknown error");
  return errorState(fallback, values);
}

export async function createCheckInAction(familyId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (!user) return errorState(SIGNED_OUT, values);
  const parsed = parseForm(checkInInput, formData, { arrays: ["signs", "triggers"] });
  if (!parsed.ok) return parsed.state;
  let useSuspected: boolean;
  try {
    ({ useSuspected } = await createCheckIn({ userId: user.id }, String(familyId), parsed.data));
  } catch (error) {
    return refusal(error, values, FAILED);
  }
  redirect(useSuspected ? rightNow(familyId) : timeline(familyId, "saved"));
}

export async function updateCheckInAction(familyId: string, checkInId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (!user) return errorState(SIGNED_OUT, values);
  const parsed = parseForm(checkInInput, formData, { arrays: ["signs", "triggers"] });
  if (!parsed.ok) return parsed.state;
  let useSuspected: boolean;
  try {
    ({ useSuspected } = await updateCheckIn({ userId: user.id }, String(familyId), String(checkInId), parsed.data));
  } catch (error) {
    return refusal(error, values, "Something went wrong and your changes were not saved. Please try again in a moment.");
  }
  redirect(useSuspected ? rightNow(familyId) : timeline(familyId, "updated"));
}

export async function deleteCheckInAction(familyId: string, checkInId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (!user) return errorState(SIGNED_OUT, values);
  if (formData.get("confirm") !== "yes") {
    return errorState("Tick the box to confirm, then press Delete again.", values, "confirm");
  }
  try {
    await deleteCheckIn({ userId: user.id }, String(familyId), String(checkInId));
  } catch (error) {
    return refusal(error, values, "Something went wrong and the check-in was not deleted. Please try again in a moment.");
  }
  redirect(timeline(familyId, "deleted"));
}
