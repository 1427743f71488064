"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";
import { createInvite, leaveFamily, removeMember, revokeInvite, transferOwnership } from "@/lib/family/members";
import { createResetLink, revokeResetLink } from "@/lib/account/reset-links";
import { boundFormAction, type Limit } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";

/** Ids are bound by the page (`action.bind(null, familyId, …)`): first the family, then the row. */
const family = z.tuple([idField]);
const familyAnd = z.tuple([idField, idField]);
const config = (limit: Limit = "write") => ({
  signedOut: { redirect: ([familyId]: unknown[]) => `/sign-in?next=/family/${encodeURIComponent(String(familyId))}/members` },
  limits: [limit],
});
const membersPage = (familyId: string) => revalidatePath(`/family/${familyId}/members`);

export const createInviteAction = boundFormAction(family, config("createLink"), async ({ actor, bound: [familyId] }) => {
  const invite = await createInvite(actor, familyId);
  membersPage(familyId);
  return { status: "success", message: new URL(`/invite/${invite.token}`, env().APP_URL).toString() };
});

export const revokeInviteAction = boundFormAction(familyAnd, config(), async ({ actor, bound: [familyId, inviteId] }) => {
  await revokeInvite(actor, familyId, inviteId);
  membersPage(familyId);
  return { status: "success", message: msg("Members.done.revoked") };
});

export const removeMemberAction = boundFormAction(familyAnd, config(), async ({ actor, bound: [familyId, memberUserId] }) => {
  await removeMember(actor, familyId, memberUserId);
  membersPage(familyId);
  return { status: "success", message: msg("Members.done.removed") };
});

/** The new owner is the person's choice in the form, not a bound id. */
export const transferOwnershipAction = boundFormAction(
  family,
  { ...config(), schema: z.object({ newOwner: z.string({ error: msg("Members.errors.chooseMember") }).min(1, msg("Members.errors.chooseMember")).pipe(idField) }) },
  async ({ actor, bound: [familyId], input: { newOwner } }) => {
    await transferOwnership(actor, familyId, newOwner);
    membersPage(familyId);
    return { status: "success", message: msg("Members.done.handedOver") };
  },
);

export const leaveFamilyAction = boundFormAction(family, config(), async ({ actor, bound: [familyId] }) => {
  await leaveFamily(actor, familyId);
  redirect("/family");
});

/** A single-use link that lets a locked-out member choose a new password (24 hours). Shown once. */
export const createResetLinkAction = boundFormAction(
  familyAnd,
  { ...config("createLink"), notFound: msg("Members.errors.notMember") },
  async ({ actor, bound: [familyId, memberUserId] }) => {
    const link = await createResetLink(actor, familyId, memberUserId);
    membersPage(familyId);
    return { status: "success", message: new URL(`/reset/${link.token}`, env().APP_URL).toString() };
  },
);

export const revokeResetLinkAction = boundFormAction(
  familyAnd,
  { ...config(), notFound: msg("Members.errors.linkGone") },
  async ({ actor, bound: [familyId, linkId] }) => {
    await revokeResetLink(actor, familyId, linkId);
    membersPage(familyId);
    return { status: "success", message: msg("Members.done.resetRevoked") };
  },
);
