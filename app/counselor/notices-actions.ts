"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/family/errors";
import { errorState, formValues, parseForm, type FormState } from "@/lib/forms/form-state";
import { counselorNoticesInput, markCounselorNoticesSeen, setCounselorEmailNotices } from "@/lib/notifications/counselor-notices";

/** A counselor's own notice choices (lib/notifications/counselor-notices.ts). Never a 500. */
export async function setCounselorEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (!user) return errorState("You are signed out. Sign in again, then save your choice again.", values);
  const parsed = parseForm(counselorNoticesInput, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await setCounselorEmailNotices({ userId: user.id }, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return errorState("This is for counselor accounts.", values);
    console.error("counselor notice action failed:", error instanceof Error ? error.name : "unknown error");
    return errorState("Something went wrong and your choice was not saved. Please try again in a moment.", values);
  }
  return { status: "success", message: "Saved.", values };
}

export async function markCounselorNoticesSeenAction(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/counselor");
  try {
    await markCounselorNoticesSeen({ userId: user.id });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  redirect("/counselor");
}
