import "server-only";
import { db } from "../db";
import { assertUserId, requireId, requireOwner, type Actor } from "../family/access";
import { NotFoundError, RuleError } from "../errors";
import { hashToken, isWellFormedToken, mintToken } from "../sharing/tokens";
import { setNewPassword } from "./set-password";
import { LINK_NOT_WORKING } from "./recovery-inputs";
import { msg } from "../i18n/keys";

export { LINK_NOT_WORKING, resetWithLinkInput } from "./recovery-inputs";

/**
 * Password reset links a family owner gives a member who is locked out (docs/decisions/023-account-recovery.md).
 * Single use, 24 hours, stored as a hash, revocable; each row is also the log: who gave it, for
 * whom, when, and when it was used. The link works only while the person is still a member of
 * that family, and never for the owner's own account (an owner uses their recovery code).
 */
export const RESET_LINK_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

export type ResetLinkStatus = "open" | "used" | "revoked" | "expired";

function statusOf(link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): ResetLinkStatus {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  return link.expiresAt <= now ? "expired" : "open";
}

export async function createResetLink(actor: Actor, familyId: string, memberUserId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  requireId(memberUserId);
  if (memberUserId === access.userId) throw new RuleError(msg("Reset.errors.notYourself"));
  const member = await db.membership.findUnique({ where: { familyId_userId: { familyId: access.familyId, userId: memberUserId } }, select: { userId: true } });
  if (!member) throw new NotFoundError();
  const { token, tokenHash } = mintToken();
  const link = await db.passwordResetLink.create({
    data: { familyId: access.familyId, userId: memberUserId, createdById: access.userId, tokenHash, expiresAt: new Date(now.getTime() + RESET_LINK_HOURS * HOUR_MS) },
    select: { id: true, expiresAt: true },
  });
  return { ...link, token };
}

/** The owner's log of reset links in this family: newest first. */
export async function listResetLinks(actor: Actor, familyId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  const rows = await db.passwordResetLink.findMany({
    where: { familyId: access.familyId },
    select: { id: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.map((row) => ({ id: row.id, memberName: row.user.name, createdAt: row.createdAt, expiresAt: row.expiresAt, usedAt: row.usedAt, status: statusOf(row, now) }));
}

export async function revokeResetLink(actor: Actor, familyId: string, linkId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  requireId(linkId);
  const result = await db.passwordResetLink.updateMany({ where: { id: linkId, familyId: access.familyId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (result.count === 0) throw new NotFoundError();
}

/** Resets done to this person's own password with a link (shown in their /account). */
export async function resetsOfMyPassword(actor: Actor) {
  assertUserId(actor.userId);
  return db.passwordResetLink.findMany({
    where: { userId: actor.userId, usedAt: { not: null } },
    select: { usedAt: true, createdBy: { select: { name: true } }, family: { select: { name: true } } },
    orderBy: { usedAt: "desc" },
    take: 5,
  });
}

async function findLink(token: unknown) {
  if (!isWellFormedToken(token)) return null;
  return db.passwordResetLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, familyId: true, userId: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { name: true } } },
  });
}

async function stillMember(link: { familyId: string; userId: string }) {
  return !!(await db.membership.findUnique({ where: { familyId_userId: { familyId: link.familyId, userId: link.userId } }, select: { userId: true } }));
}

/** What the reset page shows before anyone acts: opening the link changes nothing. */
export async function previewResetLink(token: unknown, now = new Date()): Promise<{ status: ResetLinkStatus | "unknown"; name?: string }> {
  const link = await findLink(token);
  if (!link || !(await stillMember(link))) return { status: "unknown" };
  const status = statusOf(link, now);
  return status === "open" ? { status, name: link.user.name } : { status };
}


/** Sets the new password. Single use, even when the link is opened twice at once. Ends every session. */
export async function resetWithLink(token: unknown, newPassword: string, now = new Date()) {
  const link = await findLink(token);
  if (!link || statusOf(link, now) !== "open" || !(await stillMember(link))) throw new RuleError(LINK_NOT_WORKING);
  await setNewPassword(link.userId, newPassword, async (tx) => {
    const used = await tx.passwordResetLink.updateMany({ where: { id: link.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) throw new RuleError(LINK_NOT_WORKING);
  });
}
