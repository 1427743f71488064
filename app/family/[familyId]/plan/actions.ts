"use server";

import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/family/errors";
import { StalePlanError, getPlan, getPlanVersion, isPlanPart, parsePlanPartForm, planFormValues, savePlan, savePlanPart } from "@/lib/family/plan";
import { errorState, type FormState } from "@/lib/forms/form-state";
import type { Actor } from "@/lib/family/access";

const SIGNED_OUT =
  "You have been signed out, so your changes are not saved yet. Sign in again in a new tab, then come back to this page and save again.";
const NOT_A_MEMBER = "We could not save this. You may no longer be a member of this family space.";
const STALE_EDIT =
  "Someone else changed this part of the plan while you were editing it, so we did not save your changes. Your changes are still here. " +
  "To see what they changed, open Past versions in a new tab. If you save again, your version will replace theirs.";
const STALE_RESTORE =
  "Someone saved the plan a moment ago. Look at the latest plan first. If you still want this older version back, press the button again.";

const planUrl = (familyId: string, query = "") => `/family/${encodeURIComponent(familyId)}/plan${query}`;

function expectedVersionOf(formData: FormData): number {
  const raw = String(formData.get("expectedVersion") ?? "");
  return /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
}

/**
 * A refused save as a message next to the form, never a 500. When the plan changed meanwhile,
 * the form gets the newer version number, so a second save is a knowing choice.
 */
async function refusal(error: unknown, actor: Actor, familyId: string, values: Record<string, string | string[]>, staleMessage: string): Promise<FormState> {
  if (error instanceof StalePlanError) {
    const current = await getPlan(actor, familyId).catch(() => null);
    if (!current) return errorState(NOT_A_MEMBER, values);
    return { status: "error", message: staleMessage, values: { ...values, expectedVersion: String(current.version) } };
  }
  if (error instanceof RuleError) return errorState(error.message, values, error.field);
  if (error instanceof NotFoundError || error instanceof ForbiddenError) return errorState(NOT_A_MEMBER, values);
  if (error instanceof ZodError) return errorState("Something in the plan could not be saved. Please check it and try again.", values);
  throw error;
}

/**
 * Saves one part of the plan as a new version. "Save and add another" (intent=add-row) saves the
 * same way and comes back to the part with a new blank row: adding rows works without JavaScript.
 */
export async function savePlanPartAction(_state: FormState, formData: FormData): Promise<FormState> {
  const familyId = String(formData.get("familyId") ?? "");
  const part = formData.get("part");
  const user = await getCurrentUser();
  if (!user) return errorState(SIGNED_OUT, planFormValues(formData));
  if (!isPlanPart(part)) return errorState("This part of the plan does not exist. Go back to the plan and choose a part to change.");
  const parsed = parsePlanPartForm(part, formData);
  if (!parsed.ok) return parsed.state;
  const actor = { userId: user.id };
  try {
    await savePlanPart(actor, familyId, parsed.data.section, parsed.data.value, expectedVersionOf(formData));
  } catch (error) {
    return refusal(error, actor, familyId, planFormValues(formData), STALE_EDIT);
  }
  if (formData.get("intent") === "add-row") redirect(planUrl(familyId, `/edit/${part}?added=1#new-row`));
  redirect(planUrl(familyId, `?saved=${part}#part-${part}`));
}

/** Makes an older version the current plan again, as a new version (the history keeps the rest). */
export async function restorePlanVersionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const familyId = String(formData.get("familyId") ?? "");
  const raw = String(formData.get("version") ?? "");
  const version = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  const user = await getCurrentUser();
  if (!user) return errorState("You have been signed out. Sign in again, then try again.");
  const actor = { userId: user.id };
  try {
    const old = await getPlanVersion(actor, familyId, version);
    await savePlan(actor, familyId, old.content, expectedVersionOf(formData));
  } catch (error) {
    if (error instanceof NotFoundError) return errorState("That version is no longer kept, or you are no longer a member of this family space.");
    return refusal(error, actor, familyId, {}, STALE_RESTORE);
  }
  redirect(planUrl(familyId, `?restored=${version}`));
}
