import "server-only";
import { db } from "../db";
import { assertUserId, type Actor } from "../family/access";
import { RuleError } from "../family/errors";

/**
 * Deletes a person's account, in one transaction:
 * - their private check-ins are deleted; their shared check-ins stay with the family, unsigned
 *   (the family's record should not lose what it noticed together);
 * - families where they are the only member are deleted with everything in them;
 * - their memberships, sessions and login go with the user row (cascade).
 * An owner of a family that has other members must hand over ownership first.
 * The caller verifies the password before calling this.
 */
export async function deleteAccount(actor: Actor) {
  assertUserId(actor.userId);
  const userId = actor.userId;
  const owned = await db.membership.findMany({
    where: { userId, role: "owner" },
    select: { familyId: true, family: { select: { name: true, _count: { select: { memberships: true } } } } },
  });
  const shared = owned.filter((m) => m.family._count.memberships > 1);
  if (shared.length) {
    throw new RuleError(
      `You own ${shared.map((m) => `"${m.family.name}"`).join(", ")}, which has other members. Hand over ownership first (Members page), or delete the family.`,
    );
  }
  const soleFamilies = owned.map((m) => m.familyId);
  await db.$transaction([
    db.family.deleteMany({ where: { id: { in: soleFamilies } } }),
    db.checkIn.deleteMany({ where: { authorId: userId, shared: false } }),
    db.checkInSign.updateMany({ where: { authorId: userId }, data: { authorId: null } }),
    db.checkInTrigger.updateMany({ where: { authorId: userId }, data: { authorId: null } }),
    db.safetyPlan.updateMany({ where: { updatedById: userId }, data: { updatedById: null } }),
    db.safetyPlanVersion.updateMany({ where: { editedById: userId }, data: { editedById: null } }),
    db.user.delete({ where: { id: userId } }),
  ]);
}
