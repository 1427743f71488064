"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { checkInInput, createCheckIn, deleteCheckIn, updateCheckIn } from "@/lib/family/checkins";
import { boundFormAction } from "@/lib/forms/action";
import { errorState } from "@/lib/forms/form-state";
import { idField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";
import { rightNowPath } from "@/components/relapse-moment/paths";

/**
 * Check-in actions. Each one checks the session and the membership again (through lib/family),
 * keeps everything typed when it refuses, and never ends in a 500 (lib/forms/action.ts). Their
 * messages are keys (messages/<locale>/checkins.json), in the reader's language on the page.
 */
const SIGNED_OUT = { message: msg("CheckIns.errors.signedOut") };
const GONE = msg("CheckIns.errors.gone");
const common = { schema: checkInInput, arrays: ["signs", "triggers"], signedOut: SIGNED_OUT, notFound: GONE, limits: ["write" as const] };

const timeline = (familyId: string, notice: string) => `/family/${encodeURIComponent(familyId)}/check-ins?done=${notice}`;
/** After "may have used": the check-in is saved, and the family's own "right now" comes next (with who was told). */
const rightNow = (familyId: string, checkInId: string) => rightNowPath(familyId, { checkIn: checkInId });

export const createCheckInAction = boundFormAction(
  z.tuple([idField]),
  { ...common, failed: msg("CheckIns.errors.createFailed") },
  async ({ actor, bound: [familyId], input }) => {
    const { id, useSuspected } = await createCheckIn(actor, familyId, input);
    redirect(useSuspected ? rightNow(familyId, id) : timeline(familyId, "saved"));
  },
);

export const updateCheckInAction = boundFormAction(
  z.tuple([idField, idField]),
  { ...common, failed: msg("CheckIns.errors.updateFailed") },
  async ({ actor, bound: [familyId, checkInId], input }) => {
    const { id, useSuspected } = await updateCheckIn(actor, familyId, checkInId, input);
    redirect(useSuspected ? rightNow(familyId, id) : timeline(familyId, "updated"));
  },
);

export const deleteCheckInAction = boundFormAction(
  z.tuple([idField, idField]),
  { signedOut: SIGNED_OUT, notFound: GONE, limits: ["write"], failed: msg("CheckIns.errors.deleteFailed") },
  async ({ actor, bound: [familyId, checkInId], formData, values }) => {
    if (formData.get("confirm") !== "yes") return errorState(msg("CheckIns.errors.confirmDelete"), values, "confirm");
    await deleteCheckIn(actor, familyId, checkInId);
    redirect(timeline(familyId, "deleted"));
  },
);
