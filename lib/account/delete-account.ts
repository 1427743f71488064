import "server-only";
import { db } from "../db";
import { assertUserId, type Actor } from "../family/access";
import { RuleError } from "../errors";
import { msg } from "../i18n/keys";

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
  // One interactive transaction: the ownership check and the deletes see the same state, so a
  // member joining (or ownership arriving) meanwhile cannot be swept away or left ownerless.
  await db.$transaction(async (tx) => {
    const owned = await tx.membership.findMany({
      where: { userId, role: "owner" },
      select: { familyId: true, family: { select: { name: true, _count: { select: { memberships: true } } } } },
    });
    const shared = owned.filter((m) => m.family._count.memberships > 1);
    if (shared.length) {
      // The family names go in as they are; the sentence around them is the reader's language's.
      throw new RuleError(msg("Account.errors.ownsShared"), undefined, { families: shared.map((m) => `"${m.family.name}"`).join(", ") });
    }
    const soleFamilies = owned.map((m) => m.familyId);
    // Only families whose every membership is this person's: re-checked in the delete itself.
    await tx.family.deleteMany({ where: { id: { in: soleFamilies }, memberships: { every: { userId } } } });
    await tx.checkIn.deleteMany({ where: { authorId: userId, shared: false } });
    await tx.checkInSign.updateMany({ where: { authorId: userId }, data: { authorId: null } });
    await tx.checkInTrigger.updateMany({ where: { authorId: userId }, data: { authorId: null } });
    await tx.safetyPlan.updateMany({ where: { updatedById: userId }, data: { updatedById: null } });
    await tx.safetyPlanVersion.updateMany({ where: { editedById: userId }, data: { editedById: null } });
    await tx.user.delete({ where: { id: userId } });
  });
}
