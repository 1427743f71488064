"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";
import { createInvite, leaveFamily, removeMember, revokeInvite, transferOwnership } from "@/lib/family/members";
import { createResetLink, revokeResetLink } from "@/lib/account/reset-links";
import { formAction, type Limit } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";

const family = { familyId: idField };
const config = (limit: Limit = "write") => ({
  signedOut: { redirect: (_: undefined, formData: FormData) => `/sign-in?next=/family/${encodeURIComponent(String(formData.get("familyId") ?? ""))}/members` },
  limits: [limit],
});

export const createInviteAction = formAction({ ...config("createLink"), schema: z.object(family) }, async ({ actor, input: { familyId } }) => {
  const invite = await createInvite(actor, familyId);
  revalidatePath(`/family/${familyId}/members`);
  return { status: "success", message: new URL(`/invite/${invite.token}`, env().APP_URL).toString() };
});

export const revokeInviteAction = formAction({ ...config(), schema: z.object({ ...family, inviteId: idField }) }, async ({ actor, input: { familyId, inviteId } }) => {
  await revokeInvite(actor, familyId, inviteId);
  revalidatePath(`/family/${familyId}/members`);
  return { status: "success", message: "The invitation link no longer works." };
});

export const removeMemberAction = formAction({ ...config(), schema: z.object({ ...family, memberUserId: idField }) }, async ({ actor, input: { familyId, memberUserId } }) => {
  await removeMember(actor, familyId, memberUserId);
  revalidatePath(`/family/${familyId}/members`);
  return { status: "success", message: "They are no longer a member." };
});

export const transferOwnershipAction = formAction(
  { ...config(), schema: z.object({ ...family, newOwner: z.string().min(1, "Choose a member.").pipe(idField) }) },
  async ({ actor, input: { familyId, newOwner } }) => {
    await transferOwnership(actor, familyId, newOwner);
    revalidatePath(`/family/${familyId}/members`);
    return { status: "success", message: "Ownership handed over." };
  },
);

export const leaveFamilyAction = formAction({ ...config(), schema: z.object(family) }, async ({ actor, input: { familyId } }) => {
  await leaveFamily(actor, familyId);
  redirect("/family");
});

/** A single-use link that lets a locked-out member choose a new password (24 hours). Shown once. */
export const createResetLinkAction = formAction(
  { ...config("createLink"), schema: z.object({ ...family, memberUserId: idField }), notFound: "They are no longer a member of this family space." },
  async ({ actor, input: { familyId, memberUserId } }) => {
    const link = await createResetLink(actor, familyId, memberUserId);
    revalidatePath(`/family/${familyId}/members`);
    return { status: "success", message: new URL(`/reset/${link.token}`, env().APP_URL).toString() };
  },
);

export const revokeResetLinkAction = formAction(
  { ...config(), schema: z.object({ ...family, linkId: idField }), notFound: "That link is already used or ended." },
  async ({ actor, input: { familyId, linkId } }) => {
    await revokeResetLink(actor, familyId, linkId);
    revalidatePath(`/family/${familyId}/members`);
    return { status: "success", message: "The reset link no longer works." };
  },
);
