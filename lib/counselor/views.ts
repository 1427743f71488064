import "server-only";
import { db } from "../db";
import { getCatalogue } from "../content";
import { latestCheckInDate } from "../family/checkins";
import { addDays, dayString } from "../dates";
import { readPlanContent, naloxoneStatus, emptyPlan } from "../family/plan";
import { describeStageTrend, NOTED_BY, rollingWeeks, type StageCounts } from "../family/trend";
import { levelAllows, logCounselorView, VIEW_KINDS, requireCounselor, requireCounselorGrant, type AccessLevel } from "./access";
import { isId, type Actor } from "../family/access";

/**
 * What a counselor can read of a family, at the level the family granted. The summary is counts
 * and dates of SHARED check-ins only: it never selects a note, free text, a score or a private
 * entry, so none can leak. Every read that shows family data is logged for the family.
 */

const SUMMARY_WEEKS = 8;
const shared = (familyId: string) => ({ familyId, shared: true });

export type CounselorSummary = Awaited<ReturnType<typeof summaryFor>>;

async function summaryFor(familyId: string, now: Date) {
  const stageIds: string[] = getCatalogue().stages.map((s) => s.id);
  const today = latestCheckInDate(now);
  const weeks = rollingWeeks(today, SUMMARY_WEEKS);
  const from = new Date(`${weeks[0]!.start}T00:00:00Z`);
  const [signRows, checkInRows, total, last] = await Promise.all([
    db.checkInSign.groupBy({ by: ["date", "stageId"], where: { ...shared(familyId), date: { gte: from } }, _count: { _all: true } }),
    db.checkIn.groupBy({ by: ["date"], where: { ...shared(familyId), date: { gte: from } }, _count: { _all: true }, orderBy: { date: "desc" } }),
    db.checkIn.count({ where: shared(familyId) }),
    db.checkIn.findFirst({ where: shared(familyId), orderBy: { date: "desc" }, select: { date: true } }),
  ]);
  const perWeek = weeks.map((week) => ({ ...week, counts: Object.fromEntries(stageIds.map((id) => [id, 0])) as StageCounts }));
  const recentStart = addDays(today, -13);
  const previousStart = addDays(today, -27);
  const current: StageCounts = {};
  const previous: StageCounts = {};
  for (const row of signRows) {
    const day = dayString(row.date);
    const week = perWeek.find((w) => day >= w.start && day <= w.end);
    if (week) week.counts[row.stageId] = (week.counts[row.stageId] ?? 0) + row._count._all;
    if (day >= recentStart && day <= today) current[row.stageId] = (current[row.stageId] ?? 0) + row._count._all;
    else if (day >= previousStart && day < recentStart) previous[row.stageId] = (previous[row.stageId] ?? 0) + row._count._all;
  }
  const trend = describeStageTrend(current, previous, stageIds, NOTED_BY.counselor);
  return {
    weeks: perWeek,
    trendSentence: trend.sentence,
    /** The same comparison as the sentence, for saying it in another language (components/counselor/SummaryTable.tsx). */
    trend: { current: trend.current, previous: trend.previous, direction: trend.direction },
    focusStageId: trend.focusStageId,
    sharedCheckIns: total,
    lastCheckIn: last ? dayString(last.date) : null,
    recentDates: checkInRows.map((row) => ({ date: dayString(row.date), count: row._count._all })),
  };
}

/** The counselor's home: each connected family with what it granted, and the summary where granted. */
export async function listConnectedFamilies(actor: Actor, now = new Date()) {
  const counselor = await requireCounselor(actor);
  const connections = await db.counselorConnection.findMany({
    where: { counselorId: counselor.userId },
    orderBy: { createdAt: "asc" },
    select: { familyId: true, level: true, createdAt: true, family: { select: { name: true } } },
  });
  return Promise.all(
    connections.map(async (c) => {
      const level = c.level as AccessLevel;
      const summary = levelAllows(level, "summary") ? await summaryFor(c.familyId, now) : null;
      if (summary) await logCounselorView(counselor, c.familyId, VIEW_KINDS.homeSummary);
      return { familyId: c.familyId, familyName: c.family.name, level, since: c.createdAt, summary };
    }),
  );
}

export async function counselorPlanView(actor: Actor, familyId: string, now = new Date()) {
  const grant = await requireCounselorGrant(actor, familyId, "plan");
  const plan = await db.safetyPlan.findUnique({ where: { familyId: grant.familyId }, select: { content: true, updatedAt: true } });
  await logCounselorView(grant.counselor, grant.familyId, VIEW_KINDS.plan);
  const content = plan ? readPlanContent(plan.content) : emptyPlan();
  return { familyName: grant.familyName, level: grant.level, content, updatedAt: plan?.updatedAt ?? null, naloxone: naloxoneStatus(content.emergency.naloxoneExpiry, now) };
}

export async function counselorSummaryView(actor: Actor, familyId: string, now = new Date()) {
  const grant = await requireCounselorGrant(actor, familyId, "summary");
  const summary = await summaryFor(grant.familyId, now);
  await logCounselorView(grant.counselor, grant.familyId, VIEW_KINDS.summary);
  return { familyName: grant.familyName, summary };
}

/** The family's name and level, for a connected counselor at any level (no family data). */
export async function counselorConnection(actor: Actor, familyId: string) {
  const counselor = await requireCounselor(actor);
  const connection = await db.counselorConnection.findUnique({
    where: { familyId_counselorId: { familyId, counselorId: counselor.userId } },
    select: { level: true, family: { select: { name: true } } },
  });
  return connection ? { familyName: connection.family.name, level: connection.level as AccessLevel } : null;
}

/** Families that ended their connection with this counselor: the name the counselor saw, and when. */
export async function listEndedConnections(actor: Actor) {
  const counselor = await requireCounselor(actor);
  return db.counselorConnectionEnd.findMany({
    where: { counselorId: counselor.userId },
    orderBy: { endedAt: "desc" },
    take: 20,
    select: { familyId: true, familyName: true, endedAt: true },
  });
}

/** Whether this family ended its connection with this counselor (nothing else about the family). */
export async function endedConnection(actor: Actor, familyId: string) {
  const counselor = await requireCounselor(actor);
  if (!isId(familyId)) return null;
  return db.counselorConnectionEnd.findUnique({
    where: { familyId_counselorId: { familyId, counselorId: counselor.userId } },
    select: { familyName: true, endedAt: true },
  });
}
