import "server-only";
import { createHmac } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { authSecret } from "../auth/secret";
import { assertUserId, isId, type Actor } from "./access";
import { DAY_MS } from "../dates";

/**
 * What stays of a deleted family (docs/decisions/020-deleted-family-tombstone.md): its id, when it
 * was deleted, and a keyed hash per person who could open it then (members and connected
 * counselors). No name and no content. Only those people are told "deleted by its owner"; anyone
 * else gets the same 404 as for a family that never existed. Kept 90 days.
 */
export const TOMBSTONE_DAYS = 90;

export function viewerKey(familyId: string, userId: string): string {
  return createHmac("sha256", authSecret(env().BETTER_AUTH_SECRET)).update(`family-tombstone\u0000${familyId}\u0000${userId}`).digest("hex");
}

type Tx = Pick<typeof db, "familyTombstone">;

/** Written in the same transaction as the delete. Also clears tombstones past their 90 days. */
export async function writeTombstone(tx: Tx, familyId: string, viewerIds: string[], now: Date) {
  const keys = [...new Set(viewerIds)].map((id) => viewerKey(familyId, id));
  await tx.familyTombstone.deleteMany({ where: { deletedAt: { lt: new Date(now.getTime() - TOMBSTONE_DAYS * DAY_MS) } } });
  await tx.familyTombstone.upsert({
    where: { familyId },
    create: { familyId, deletedAt: now, viewerKeys: keys.join(" ") },
    update: { deletedAt: now, viewerKeys: keys.join(" ") },
  });
}

/** When this family was deleted, if this person could open it then; otherwise null. */
export async function deletedFamilyFor(actor: Actor, familyId: unknown, now = new Date()): Promise<{ deletedAt: Date } | null> {
  assertUserId(actor.userId);
  if (!isId(familyId)) return null;
  const row = await db.familyTombstone.findUnique({ where: { familyId }, select: { deletedAt: true, viewerKeys: true } });
  if (!row || row.deletedAt.getTime() < now.getTime() - TOMBSTONE_DAYS * DAY_MS) return null;
  return row.viewerKeys.split(" ").includes(viewerKey(familyId, actor.userId)) ? { deletedAt: row.deletedAt } : null;
}
