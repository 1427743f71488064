import "server-only";
import { db } from "../db";
import { NotFoundError, ForbiddenError } from "../errors";
import { msg } from "../i18n/keys";

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

/**
 * THE id guard: every id that came from a person (a form, a URL, a bound argument) passes here
 * before it reaches a where clause. Not a non-empty string of at most 128 printable characters:
 * NotFound (undefined would match every row; a 50,000-character "id" is nobody's).
 */
export const ID_MAX = 128;

export function isId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= ID_MAX && id.trim() === id && !/[\p{Cc}\p{Cf}]/u.test(id);
}

export function assertId(id: unknown): asserts id is string {
  if (!isId(id)) throw new NotFoundError();
}

export function requireId(id: unknown): string {
  assertId(id);
  return id;
}

export function assertUserId(userId: unknown): asserts userId is string {
  assertId(userId);
}

/** The where-condition "families this user belongs to". */
export function familiesOf(userId: string) {
  assertUserId(userId);
  return { memberships: { some: { userId } } } as const;
}

/** The user's membership of this family, or NotFound (for strangers, removed members, anyone). */
export async function requireMember(actor: Actor | null | undefined, familyId: unknown): Promise<MemberAccess> {
  assertUserId(actor?.userId);
  assertId(familyId);
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
  if (access.role !== "owner") throw new ForbiddenError(msg("Members.errors.ownerOnly"));
  return access;
}
