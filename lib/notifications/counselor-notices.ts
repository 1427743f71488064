import "server-only";
import { z } from "zod";
import { db } from "../db";
import { requireCounselor } from "../counselor/access";
import type { Actor } from "../family/access";
import { DAY_MS } from "../dates";

/**
 * A counselor's own notices (decision 022): a family connected, changed what the counselor may
 * see, or ended the connection. Shown on /counselor under "Since you last looked"; emailed only
 * when the counselor chose it. Counselors only (requireCounselor); each sees only their own.
 */
export type CounselorNotice = { id: string; createdAt: Date; change: string; familyName: string | null; level: string | null };

const FIRST_LOOK_DAYS = 14;

export async function listCounselorNotices(actor: Actor | null | undefined, now: Date = new Date()): Promise<CounselorNotice[]> {
  const counselor = await requireCounselor(actor);
  const profile = await db.counselorProfile.findUnique({ where: { userId: counselor.userId }, select: { noticesSeenAt: true } });
  const since = profile?.noticesSeenAt ?? new Date(now.getTime() - FIRST_LOOK_DAYS * DAY_MS);
  const rows = await db.familyEvent.findMany({
    where: { userId: counselor.userId, kind: "counselor_notice", createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, data: true },
  });
  return rows.map((row) => {
    let data: Record<string, unknown> = {};
    try {
      data = JSON.parse(row.data) as Record<string, unknown>;
    } catch {
      data = {};
    }
    return {
      id: row.id,
      createdAt: row.createdAt,
      change: String(data.change ?? ""),
      // null: the page names "a family" in the reader's language.
      familyName: typeof data.familyName === "string" ? data.familyName : null,
      level: typeof data.level === "string" ? data.level : null,
    };
  });
}

export async function markCounselorNoticesSeen(actor: Actor | null | undefined, now: Date = new Date()): Promise<void> {
  const counselor = await requireCounselor(actor);
  await db.counselorProfile.update({ where: { userId: counselor.userId }, data: { noticesSeenAt: now } });
}

export async function getCounselorEmailNotices(actor: Actor | null | undefined): Promise<boolean> {
  const counselor = await requireCounselor(actor);
  const profile = await db.counselorProfile.findUnique({ where: { userId: counselor.userId }, select: { emailNotices: true } });
  return profile?.emailNotices ?? false;
}

export const counselorNoticesInput = z.object({ emailNotices: z.preprocess((v) => v === "on" || v === true, z.boolean()) });

export async function setCounselorEmailNotices(actor: Actor | null | undefined, input: z.input<typeof counselorNoticesInput> | Record<string, unknown>): Promise<boolean> {
  const counselor = await requireCounselor(actor);
  const { emailNotices } = counselorNoticesInput.parse(input);
  await db.counselorProfile.update({ where: { userId: counselor.userId }, data: { emailNotices } });
  return emailNotices;
}

/** The unsubscribe link: turns the counselor's emails off, without sign-in. */
export async function turnOffCounselorEmail(userId: string): Promise<void> {
  if (!userId) return;
  await db.counselorProfile.updateMany({ where: { userId }, data: { emailNotices: false } });
}
