import "server-only";
import { db } from "../db";
import { assertId, assertUserId, type Actor } from "../family/access";
import { NotFoundError } from "../errors";

/**
 * The access rule for counselors. A counselor reads a family's data only through a connection the
 * family granted, at the level it granted, checked here on every read, so a change or a revoke
 * takes effect on the very next request.
 */
import { ACCESS_LEVELS, type AccessLevel } from "./levels";

export { ACCESS_LEVELS, type AccessLevel };
export type Grant = "plan" | "summary";

const grants: Record<AccessLevel, Grant[]> = { none: [], plan: ["plan"], plan_summary: ["plan", "summary"] };

export function levelAllows(level: AccessLevel, grant: Grant): boolean {
  return grants[level].includes(grant);
}

export async function requireCounselor(actor: Actor | null | undefined) {
  assertUserId(actor?.userId);
  const profile = await db.counselorProfile.findUnique({
    where: { userId: actor.userId },
    select: { userId: true, organization: true, user: { select: { name: true } } },
  });
  if (!profile) throw new NotFoundError();
  return { userId: profile.userId, name: profile.user.name, organization: profile.organization };
}

/** The counselor's connection to this family, if it grants what is asked; otherwise NotFound. */
export async function requireCounselorGrant(actor: Actor | null | undefined, familyId: unknown, grant: Grant) {
  const counselor = await requireCounselor(actor);
  assertId(familyId);
  const connection = await db.counselorConnection.findUnique({
    where: { familyId_counselorId: { familyId, counselorId: counselor.userId } },
    select: { level: true, family: { select: { name: true } } },
  });
  if (!connection || !levelAllows(connection.level as AccessLevel, grant)) throw new NotFoundError();
  return { counselor, familyId, familyName: connection.family.name, level: connection.level as AccessLevel };
}

/**
 * What a counselor looked at, as the log stores it: these English words, which the family's
 * counselors page shows in the reader's language (app/(app)/family/[familyId]/counselors).
 */
export const VIEW_KINDS = { plan: "Safety plan", summary: "Check-in summary", homeSummary: "Check-in summary (counselor home)" } as const;
export type ViewKind = (typeof VIEW_KINDS)[keyof typeof VIEW_KINDS];

/** Writes who looked at what, for the family to read. */
export async function logCounselorView(counselor: { userId: string; name: string }, familyId: string, what: ViewKind) {
  await db.counselorAccessLog.create({ data: { familyId, counselorId: counselor.userId, counselorName: counselor.name, what } });
}
