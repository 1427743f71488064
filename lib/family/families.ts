import "server-only";
import { z } from "zod";
import { db } from "../db";
import { familiesOf, requireMember, requireOwner, assertUserId, type Actor } from "./access";
import { RuleError } from "../errors";
import { writeTombstone } from "./tombstones";
import { msg } from "../i18n/keys";

export const familyInput = z.object({
  name: z.string().trim().min(1, msg("Family.errors.nameMissing")).max(80, msg("Family.errors.nameTooLong")),
  lovedOneName: z
    .string()
    .trim()
    .max(40, msg("Family.errors.lovedOneTooLong"))
    .transform((v) => v || undefined)
    .optional(),
});
export type FamilyInput = z.infer<typeof familyInput>;

/** Creates a family with the creator as its owner, in one transaction. */
export async function createFamily(actor: Actor, input: FamilyInput) {
  assertUserId(actor.userId);
  const data = familyInput.parse(input);
  return db.family.create({
    data: { name: data.name, lovedOneName: data.lovedOneName ?? null, memberships: { create: { userId: actor.userId, role: "owner" } } },
    select: { id: true, name: true },
  });
}

export async function listFamilies(actor: Actor) {
  const rows = await db.family.findMany({
    where: familiesOf(actor.userId),
    select: { id: true, name: true, lovedOneName: true, memberships: { where: { userId: actor.userId }, select: { role: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ memberships, ...family }) => ({ ...family, role: memberships[0]!.role }));
}

export async function getFamily(actor: Actor, familyId: string) {
  const access = await requireMember(actor, familyId);
  const family = await db.family.findUniqueOrThrow({
    where: { id: access.familyId },
    select: { id: true, name: true, lovedOneName: true, createdAt: true },
  });
  return { ...family, role: access.role };
}

export type DeletedFamilySummary = {
  name: string;
  checkIns: number;
  planVersions: number;
  members: number;
  invites: number;
  counselors: number;
};

/**
 * Deletes the family and everything it holds (cascade). The owner must type the family's name,
 * so it cannot happen by accident. Returns what was removed, for the owner's confirmation; leaves
 * a tombstone (no name, no content) so other members are told it was deleted (lib/family/tombstones.ts).
 */
export async function deleteFamily(actor: Actor, familyId: string, typedName: string, now = new Date()): Promise<DeletedFamilySummary> {
  const access = await requireOwner(actor, familyId);
  const family = await db.family.findUniqueOrThrow({ where: { id: access.familyId }, select: { name: true } });
  if (typedName.trim() !== family.name) throw new RuleError(msg("FamilySettings.errors.nameMismatch"), "confirmName", { name: family.name });
  return db.$transaction(async (tx) => {
    const where = { familyId: access.familyId };
    // One after another: an interactive transaction runs on one connection.
    const checkIns = await tx.checkIn.count({ where });
    const planVersions = await tx.safetyPlanVersion.count({ where });
    const members = await tx.membership.findMany({ where, select: { userId: true } });
    const invites = await tx.familyInvite.count({ where: { ...where, usedAt: null, revokedAt: null, expiresAt: { gt: now } } });
    const counselors = await tx.counselorConnection.findMany({ where, select: { counselorId: true } });
    // deleteMany: a second click arriving after the first finished finds nothing, not a crash.
    await tx.family.deleteMany({ where: { id: access.familyId } });
    await writeTombstone(tx, access.familyId, [...members.map((m) => m.userId), ...counselors.map((c) => c.counselorId)], now);
    return { name: family.name, checkIns, planVersions, members: members.length, invites, counselors: counselors.length };
  });
}
