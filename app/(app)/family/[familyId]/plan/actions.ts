"use server";

import { redirect } from "next/navigation";
import { StalePlanError, getPlan, getPlanVersion, isPlanPart, parsePlanPartForm, planFormValues, savePlan, savePlanPart } from "@/lib/family/plan";
import { z } from "zod";
import { boundFormAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { errorState, type FormState } from "@/lib/forms/form-state";
import { msg } from "@/lib/i18n/keys";
import type { Actor } from "@/lib/family/access";
import { FROM_RIGHT_NOW, rightNowPath } from "@/components/relapse-moment/paths";

const SIGNED_OUT = msg("PlanForm.errors.signedOut");
const NOT_A_MEMBER = msg("PlanForm.errors.notAMember");
const STALE_EDIT = msg("PlanForm.errors.staleEdit");
const STALE_RESTORE = msg("PlanForm.errors.staleRestore");

const planUrl = (familyId: string, query = "") => `/family/${encodeURIComponent(familyId)}/plan${query}`;

/** The form's "expectedVersion" (the version the person started from): a value they send, not an id. */
const numberField = (formData: FormData, name: string) => {
  const raw = formData.get(name);
  return typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
};

/** When the plan changed meanwhile, the form gets the newer version number, so a second save is a knowing choice. */
async function stale(actor: Actor, familyId: string, values: Record<string, string | string[]>, message: string): Promise<FormState> {
  const current = await getPlan(actor, familyId).catch(() => null);
  if (!current) return errorState(NOT_A_MEMBER, values);
  return { status: "error", message, values: { ...values, expectedVersion: String(current.version) } };
}

/**
 * Saves one part of the plan as a new version. "Save and add another" (intent=add-row) saves the
 * same way and comes back to the part with a new blank row: adding rows works without JavaScript.
 * Bound by the page: the family, the part, and (from the family's "right now" page) where to go
 * back to. Session, refusals and "never a 500": lib/forms/action.ts.
 */
export const savePlanPartAction = boundFormAction(
  z.tuple([idField, z.string().refine(isPlanPart), z.object({ checkIn: idField.nullable() }).strict().nullable()]),
  { signedOut: { message: SIGNED_OUT }, notFound: NOT_A_MEMBER, limits: ["write"] },
  async ({ actor, bound: [familyId, part, back], formData }) => {
    if (!isPlanPart(part)) return errorState(msg("PlanForm.errors.noSuchPart"));
    const parsed = parsePlanPartForm(part, formData);
    if (!parsed.ok) return parsed.state;
    try {
      await savePlanPart(actor, familyId, parsed.data.section, parsed.data.value, numberField(formData, "expectedVersion"));
    } catch (error) {
      if (error instanceof StalePlanError) return stale(actor, familyId, planFormValues(formData), STALE_EDIT);
      throw error;
    }
    if (formData.get("intent") === "add-row") {
      const keep = back ? `&from=${FROM_RIGHT_NOW}${back.checkIn ? `&checkIn=${encodeURIComponent(back.checkIn)}` : ""}` : "";
      redirect(planUrl(familyId, `/edit/${part}?added=1${keep}#new-row`));
    }
    if (back) redirect(rightNowPath(familyId, { checkIn: back.checkIn, saved: part }, "#your-plan"));
    redirect(planUrl(familyId, `?saved=${part}#part-${part}`));
  },
);

/** Makes an older version (bound by the page) the current plan again, as a new version (the history keeps the rest). */
export const restorePlanVersionAction = boundFormAction(
  z.tuple([idField, z.number().int().min(1)]),
  {
    signedOut: { message: msg("PlanHistory.errors.signedOut") },
    notFound: msg("PlanHistory.errors.notFound"),
    limits: ["write"],
  },
  async ({ actor, bound: [familyId, version], formData }) => {
    const old = await getPlanVersion(actor, familyId, version);
    try {
      await savePlan(actor, familyId, old.content, numberField(formData, "expectedVersion"));
    } catch (error) {
      if (error instanceof StalePlanError) return stale(actor, familyId, {}, STALE_RESTORE);
      throw error;
    }
    redirect(planUrl(familyId, `?restored=${version}`));
  },
);
