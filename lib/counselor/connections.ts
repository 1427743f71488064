import "server-only";
import { z } from "zod";
import { db } from "../db";
import { hashToken, isWellFormedToken, mintToken } from "../sharing/tokens";
import { requireId, requireMember, requireOwner, type Actor } from "../family/access";
import { NotFoundError, RuleError } from "../errors";
import { ACCESS_LEVELS, requireCounselor, type AccessLevel } from "./access";
import { DAY_MS } from "../dates";
import { notifyCounselorChange } from "../notifications/events";
import { msg } from "../i18n/keys";

export const CONNECTION_INVITE_DAYS = 7;
export const accessLevel = z.enum(ACCESS_LEVELS, { message: msg("Connect.errors.chooseLevel") });

/** A single-use link a counselor sends to a family. The token is returned once; only its hash is kept. */
export async function createConnectionInvite(actor: Actor, now = new Date()) {
  const counselor = await requireCounselor(actor);
  const { token, tokenHash } = mintToken();
  const invite = await db.connectionInvite.create({
    data: { counselorId: counselor.userId, tokenHash, expiresAt: new Date(now.getTime() + CONNECTION_INVITE_DAYS * DAY_MS) },
    select: { id: true, expiresAt: true },
  });
  return { ...invite, token };
}

export async function listConnectionInvites(actor: Actor, now = new Date()) {
  const counselor = await requireCounselor(actor);
  const invites = await db.connectionInvite.findMany({
    where: { counselorId: counselor.userId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  return invites.map((i) => ({ ...i, status: i.usedAt ? "used" : i.revokedAt ? "revoked" : i.expiresAt <= now ? "expired" : "open" }));
}

export async function revokeConnectionInvite(actor: Actor, inviteId: string, now = new Date()) {
  const counselor = await requireCounselor(actor);
  requireId(inviteId);
  const result = await db.connectionInvite.updateMany({ where: { id: inviteId, counselorId: counselor.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (result.count === 0) throw new NotFoundError();
}

async function findOpenInvite(token: unknown, now: Date) {
  if (!isWellFormedToken(token)) return null;
  const invite = await db.connectionInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, usedAt: true, revokedAt: true, counselorId: true, counselor: { select: { name: true, counselorProfile: { select: { organization: true } } } } },
  });
  if (!invite || invite.usedAt || invite.revokedAt || invite.expiresAt <= now) return null;
  return invite;
}

/** What the family sees before choosing. Opening the link changes nothing. */
export async function previewConnectionInvite(token: unknown, now = new Date()) {
  const invite = await findOpenInvite(token, now);
  if (!invite) return { status: "invalid" as const };
  return { status: "open" as const, counselorName: invite.counselor.name, organization: invite.counselor.counselorProfile?.organization ?? null };
}

/** The family's owner connects one of their families, at the level they choose. Single use. */
export async function acceptConnectionInvite(actor: Actor, token: unknown, familyId: string, level: AccessLevel, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  const chosen = accessLevel.parse(level);
  const invite = await findOpenInvite(token, now);
  if (!invite) throw new RuleError(msg("Connect.errors.linkInvalid"));
  if (invite.counselorId === access.userId) throw new RuleError(msg("Connect.errors.notYourself"));
  await db.$transaction(async (tx) => {
    const claimed = await tx.connectionInvite.updateMany({
      where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now, usedByFamilyId: access.familyId },
    });
    if (claimed.count !== 1) throw new RuleError(msg("Connect.errors.linkInvalid"));
    await tx.counselorConnection.upsert({
      where: { familyId_counselorId: { familyId: access.familyId, counselorId: invite.counselorId } },
      create: { familyId: access.familyId, counselorId: invite.counselorId, level: chosen },
      update: { level: chosen },
    });
    // Connected again: the old "this family ended the connection" note no longer applies.
    await tx.counselorConnectionEnd.deleteMany({ where: { familyId: access.familyId, counselorId: invite.counselorId } });
  });
  await notifyCounselorChange(access.familyId, access.userId, "connected", invite.counselorId, chosen);
  return { familyId: access.familyId };
}

/** The family's view: who is connected, at what level. Every member may see it; the owner changes it. */
export async function listFamilyConnections(actor: Actor, familyId: string) {
  const access = await requireMember(actor, familyId);
  const rows = await db.counselorConnection.findMany({
    where: { familyId: access.familyId },
    orderBy: { createdAt: "asc" },
    select: { counselorId: true, level: true, createdAt: true, updatedAt: true, counselor: { select: { name: true, counselorProfile: { select: { organization: true } } } } },
  });
  return rows.map((r) => ({ counselorId: r.counselorId, level: r.level as AccessLevel, since: r.createdAt, changedAt: r.updatedAt, name: r.counselor.name, organization: r.counselor.counselorProfile?.organization ?? null }));
}

export async function setConnectionLevel(actor: Actor, familyId: string, counselorId: string, level: AccessLevel) {
  const access = await requireOwner(actor, familyId);
  requireId(counselorId);
  const chosen = accessLevel.parse(level);
  const result = await db.counselorConnection.updateMany({ where: { familyId: access.familyId, counselorId }, data: { level: chosen } });
  if (result.count === 0) throw new NotFoundError();
  await notifyCounselorChange(access.familyId, access.userId, "level", counselorId, chosen);
}

/**
 * Ends a connection. The counselor is then told "this family ended the connection" (with the
 * family's name as they last saw it), instead of a bare 404 and an empty home page.
 */
export async function revokeConnection(actor: Actor, familyId: string, counselorId: string, now = new Date()) {
  const access = await requireOwner(actor, familyId);
  requireId(counselorId);
  await db.$transaction(async (tx) => {
    const family = await tx.family.findUniqueOrThrow({ where: { id: access.familyId }, select: { name: true } });
    const result = await tx.counselorConnection.deleteMany({ where: { familyId: access.familyId, counselorId } });
    if (result.count === 0) throw new NotFoundError();
    await tx.counselorConnectionEnd.upsert({
      where: { familyId_counselorId: { familyId: access.familyId, counselorId } },
      create: { familyId: access.familyId, counselorId, familyName: family.name, endedAt: now },
      update: { familyName: family.name, endedAt: now },
    });
  });
  await notifyCounselorChange(access.familyId, access.userId, "revoked", counselorId);
}

/** Every counselor view of this family's data, newest first. */
export async function listAccessLog(actor: Actor, familyId: string, take = 100) {
  const access = await requireMember(actor, familyId);
  return db.counselorAccessLog.findMany({
    where: { familyId: access.familyId },
    orderBy: { createdAt: "desc" },
    take,
    select: { counselorName: true, what: true, createdAt: true },
  });
}
