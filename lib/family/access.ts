import "server-only";
import { db } from "../db";
import { NotFoundError, ForbiddenError } from "./errors";

/**
 * THE access rule for family data. Every lib/family function calls one of these before it reads or
 * writes a family's rows, and then scopes its query by the familyId they return.
 *
 * They refuse an empty or missing user id instead of building a condition Prisma would ignore
 * (`{ userId: undefined }` matches every row).
 */
export type Role = "owner" | "member";
export type Actor = { userId: string };
export type MemberAccess = { userId: string; familyId: string; role: Role };

export function assertUserId(userId: unknown): asserts userId is string {
  if (typeof userId !== "string" || userId.trim() === "") throw new NotFoundError();
}

/** The where-condition "families this user belongs to". */
export function familiesOf(userId: string) {
  assertUserId(userId);
  return { memberships: { some: { userId } } } as const;
}

/** The user's membership of this family, or NotFound (for strangers, removed members, anyone). */
export async function requireMember(actor: Actor | null | undefined, familyId: unknown): Promise<MemberAccess> {
  assertUserId(actor?.userId);
  if (typeof familyId !== "string" || familyId === "") throw new NotFoundError();
  const membership = await db.membership.findUnique({
    where: { familyId_userId: { familyId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError();
  return { userId: actor.userId, familyId, role: membership.role as Role };
}

/** As requireMember, and the user must own the family. */
export async function requireOwner(actor: Actor | null | undefined, familyId: unknown): Promise<MemberAccess> {
  const access = await requireMember(actor, familyId);
  if (access.role !== "owner") throw new ForbiddenError("Only the family's owner can do this.");
  return access;
}
