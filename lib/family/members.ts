import "server-only";
import { db } from "../db";
import { hashToken, isWellFormedToken, mintToken } from "../sharing/tokens";
import { assertUserId, requireId, requireMember, requireOwner, type Actor } from "./access";
import { isUniqueViolation, NotFoundError, RuleError } from "../errors";
import { DAY_MS } from "../dates";
import { msg } from "../i18n/keys";

export const INVITE_DAYS = 7;

export async function listMembers(actor: Actor, familyId: string) {
  const access = await requireMember(actor, familyId);
  const rows = await db.membership.findMany({
    where: { familyId: access.familyId },
    select: { userId: true, role: true, createdAt: true, user: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, role: row.role, joinedAt: row.createdAt, isYou: row.userId === access.userId }));
}

export type InviteStatus = "open" | "used" | "revoked" | "expired";

function inviteStatus(invite: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteStatus {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  return invite.expiresAt <= now ? "expired" : "open";
}

/** The owner's list of invitations (the tokens themselves are never stored, so never shown again). */
export async function listInvites(actor: Actor, familyId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  const invites = await db.familyInvite.findMany({
    where: { familyId: access.familyId },
    select: { id: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return invites.map((invite) => ({ ...invite, status: inviteStatus(invite, now) }));
}

/** A single-use invitation. The token is returned once, here, and stored only as a hash. */
export async function createInvite(actor: Actor, familyId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  const { token, tokenHash } = mintToken();
  const invite = await db.familyInvite.create({
    data: { familyId: access.familyId, tokenHash, createdById: access.userId, expiresAt: new Date(now.getTime() + INVITE_DAYS * DAY_MS) },
    select: { id: true, expiresAt: true },
  });
  return { ...invite, token };
}


export async function revokeInvite(actor: Actor, familyId: string, inviteId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  requireId(inviteId);
  const result = await db.familyInvite.updateMany({
    where: { id: inviteId, familyId: access.familyId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (result.count === 0) throw new NotFoundError();
}

async function findInvite(token: unknown) {
  if (!isWellFormedToken(token)) return null;
  return db.familyInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, familyId: true, expiresAt: true, usedAt: true, revokedAt: true, family: { select: { name: true } } },
  });
}

/** What the invite page shows before anyone acts. Opening a link changes nothing. */
export async function previewInvite(token: unknown, now = new Date()) {
  const invite = await findInvite(token);
  if (!invite) return { status: "unknown" as const };
  const status = inviteStatus(invite, now);
  return status === "open" ? { status, familyName: invite.family.name } : { status };
}

/** Joins the family. Single use, even when two people try the same link at once. */
export async function acceptInvite(actor: Actor, token: unknown, now = new Date()) {
  assertUserId(actor.userId);
  const invite = await findInvite(token);
  if (!invite || inviteStatus(invite, now) !== "open") throw new RuleError(msg("Invite.errors.noLongerValid"));
  const existing = await db.membership.findUnique({ where: { familyId_userId: { familyId: invite.familyId, userId: actor.userId } } });
  if (existing) return { familyId: invite.familyId, alreadyMember: true };
  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.familyInvite.updateMany({
        where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedById: actor.userId },
      });
      if (claimed.count !== 1) throw new RuleError(msg("Invite.errors.noLongerValid"));
      await tx.membership.create({ data: { familyId: invite.familyId, userId: actor.userId, role: "member" } });
    });
  } catch (error) {
    // Joined through another link at the same moment: they are a member, and this link stays unused.
    if (isUniqueViolation(error)) return { familyId: invite.familyId, alreadyMember: true };
    throw error;
  }
  return { familyId: invite.familyId, alreadyMember: false };
}

export async function removeMember(actor: Actor, familyId: string, memberUserId: string) {
  const access = await requireOwner(actor, familyId);
  requireId(memberUserId);
  if (memberUserId === access.userId) throw new RuleError(msg("Members.errors.removeSelf"));
  await db.$transaction(async (tx) => {
    const result = await tx.membership.deleteMany({ where: { familyId: access.familyId, userId: memberUserId, role: "member" } });
    if (result.count === 0) throw new NotFoundError();
    await deletePrivateEntries(tx, access.familyId, memberUserId);
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Private entries nobody else may read: they leave with the person, not with the family. */
async function deletePrivateEntries(tx: Tx, familyId: string, userId: string) {
  await tx.checkIn.deleteMany({ where: { familyId, authorId: userId, shared: false } });
}

export async function leaveFamily(actor: Actor, familyId: string) {
  const access = await requireMember(actor, familyId);
  if (access.role === "owner") {
    throw new RuleError(msg("Members.errors.ownerLeaving"));
  }
  await db.$transaction(async (tx) => {
    // Still a plain member at this moment (not handed ownership meanwhile), and still here.
    const left = await tx.membership.deleteMany({ where: { familyId: access.familyId, userId: access.userId, role: "member" } });
    if (left.count !== 1) throw new RuleError(msg("Members.errors.leftAlready"));
    await deletePrivateEntries(tx, access.familyId, access.userId);
  });
}

export async function transferOwnership(actor: Actor, familyId: string, newOwnerUserId: string) {
  const access = await requireOwner(actor, familyId);
  requireId(newOwnerUserId);
  if (newOwnerUserId === access.userId) throw new RuleError(msg("Members.errors.alreadyOwner"), "newOwner");
  await db.$transaction(async (tx) => {
    // Step down first, and only if still the owner: two hand-overs at once cannot make two owners.
    const demoted = await tx.membership.updateMany({ where: { familyId: access.familyId, userId: access.userId, role: "owner" }, data: { role: "member" } });
    if (demoted.count !== 1) throw new RuleError(msg("Members.errors.noLongerOwner"));
    const promoted = await tx.membership.updateMany({ where: { familyId: access.familyId, userId: newOwnerUserId, role: "member" }, data: { role: "owner" } });
    if (promoted.count !== 1) throw new RuleError(msg("Members.errors.notAMember"), "newOwner");
  });
}
