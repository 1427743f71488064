"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { createInvite, leaveFamily, removeMember, revokeInvite, transferOwnership } from "@/lib/family/members";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/family/errors";
import { errorState, parseForm, type FormState } from "@/lib/forms/form-state";

type Handler = (userId: string, familyId: string, formData: FormData) => Promise<FormState | void>;

/** Signed-in check, familyId from the form, and refusals turned into messages (never a 500). */
function memberAction(handler: Handler) {
  return async (_state: FormState, formData: FormData): Promise<FormState> => {
    const familyId = String(formData.get("familyId") ?? "");
    const user = await getCurrentUser();
    if (!user) redirect(`/sign-in?next=/family/${encodeURIComponent(familyId)}/members`);
    try {
      const result = await handler(user.id, familyId, formData);
      revalidatePath(`/family/${familyId}/members`);
      return result ?? { status: "success", message: "Done." };
    } catch (error) {
      if (error instanceof RuleError) return errorState(error.message, undefined, error.field);
      if (error instanceof ForbiddenError) return errorState(error.message);
      if (error instanceof NotFoundError) return errorState("That is no longer there. Reload the page.");
      throw error;
    }
  };
}

export const createInviteAction = memberAction(async (userId, familyId) => {
  const invite = await createInvite({ userId }, familyId);
  const link = new URL(`/invite/${invite.token}`, env().APP_URL).toString();
  return { status: "success", message: link };
});

export const revokeInviteAction = memberAction(async (userId, familyId, formData) => {
  await revokeInvite({ userId }, familyId, String(formData.get("inviteId") ?? ""));
  return { status: "success", message: "The invitation link no longer works." };
});

export const removeMemberAction = memberAction(async (userId, familyId, formData) => {
  await removeMember({ userId }, familyId, String(formData.get("memberUserId") ?? ""));
  return { status: "success", message: "They are no longer a member." };
});

export const transferOwnershipAction = memberAction(async (userId, familyId, formData) => {
  const parsed = parseForm(z.object({ newOwner: z.string().min(1, "Choose a member.") }), formData);
  if (!parsed.ok) return parsed.state;
  await transferOwnership({ userId }, familyId, parsed.data.newOwner);
  return { status: "success", message: "Ownership handed over." };
});

export const leaveFamilyAction = memberAction(async (userId, familyId) => {
  await leaveFamily({ userId }, familyId);
  redirect("/family");
});
