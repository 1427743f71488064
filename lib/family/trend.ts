import "server-only";
import { db } from "../db";
import { getCatalogue } from "../content";
import { requireMember, type Actor } from "./access";
import { latestCheckInDate, visibleTo } from "./checkins";
import type { Locale } from "../i18n/locales";
import { addDays, dayString, dayToDate, daysBetween, formatDay } from "../dates";

/**
 * The dashboard: "what we're seeing". Everything is counted by the database (groupBy on the
 * indexed CheckIn, CheckInSign and CheckInTrigger columns, each bounded by a date range); only
 * the small grouped results (at most one row per day and stage) come back, so the cost does not
 * grow with the family's history. Days are bucketed into weeks here, in plain JavaScript, so the
 * same code runs on SQLite and PostgreSQL.
 *
 * What a person sees: every shared check-in in the family, plus their own private ones.
 * Well-being is only ever the person's own.
 *
 * Weeks are rolling 7-day spans that end "today" (the latest calendar day anywhere, UTC+14, the
 * same limit check-in dates have), so the newest bar is always a full week.
 */

export const WEEKS = 8;
const RECENT_DAYS = 14;
const TRIGGER_DAYS = 28;
const TOP_TRIGGERS = 5;

export type StageCounts = Record<string, number>;

export type Week = { start: string; end: string; label: string };

export type StageTrend = {
  /** One plain sentence about the last two weeks compared with the two weeks before. */
  sentence: string;
  /** The stage(s) most signs pointed to, in stage order; empty when no signs. */
  current: string[];
  previous: string[];
  currentCounts: StageCounts;
  previousCounts: StageCounts;
  /** How the leading stage moved: toward a later stage, an earlier one, or no change. */
  direction: "later" | "earlier" | "same" | "none";
  /** The stage whose guidance to show: the latest stage among the current leaders (else the previous ones). */
  focusStageId: string | null;
};

function weekLabel(start: string, end: string): string {
  return `${formatDay(start, "short")} to ${formatDay(end, "short")}`;
}

/** WEEKS rolling weeks, oldest first, the last one ending on `today`. */
export function rollingWeeks(today: string, count = WEEKS): Week[] {
  return Array.from({ length: count }, (_, i) => {
    const end = addDays(today, -7 * (count - 1 - i));
    const start = addDays(end, -6);
    return { start, end, label: weekLabel(start, end) };
  });
}

/** Which of the rolling weeks a day falls in, or -1. */
function weekIndex(today: string, day: string, count = WEEKS): number {
  const daysAgo = daysBetween(day, today);
  if (daysAgo < 0 || daysAgo >= count * 7) return -1;
  return count - 1 - Math.floor(daysAgo / 7);
}

function leaders(counts: StageCounts, stageIds: string[]): string[] {
  const top = Math.max(0, ...stageIds.map((id) => counts[id] ?? 0));
  return top === 0 ? [] : stageIds.filter((id) => (counts[id] ?? 0) === top);
}

function stageWords(ids: string[]): string {
  const names = ids.map((id) => `${id}-stage`);
  if (names.length === 1) return `${names[0]} signs`;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)} signs`;
}

/**
 * Who noted the signs, as the reader should hear it. The counts cover the whole family space (and
 * the reader's own private check-ins), so "you noted" would be untrue for a member who noted none.
 */
export const NOTED_BY = { family: "noted in your family space", counselor: "the family shared" } as const;

/**
 * The sentence comparing the last two weeks with the two before. Ties are named as an even split;
 * an empty window is said plainly.
 */
export function describeStageTrend(currentCounts: StageCounts, previousCounts: StageCounts, stageIds: string[], notedBy: string = NOTED_BY.family): StageTrend {
  const current = leaders(currentCounts, stageIds);
  const previous = leaders(previousCounts, stageIds);
  const rank = (id: string) => stageIds.indexOf(id);
  const latestOf = (ids: string[]) => (ids.length ? ids.reduce((a, b) => (rank(b) > rank(a) ? b : a)) : null);
  const focusStageId = latestOf(current) ?? latestOf(previous);

  let direction: StageTrend["direction"] = "none";
  if (current.length && previous.length) {
    const now = latestOf(current)!;
    const before = latestOf(previous)!;
    const same = current.length === previous.length && current.every((id, i) => id === previous[i]);
    direction = same ? "same" : rank(now) > rank(before) ? "later" : rank(now) < rank(before) ? "earlier" : "same";
  }

  const describeNow = () =>
    current.length === 1
      ? `In the last two weeks, most signs ${notedBy} were ${stageWords(current)}`
      : `In the last two weeks, the signs ${notedBy} were split evenly between ${stageWords(current)}`;
  const describeBefore = () => (previous.length === 1 ? stageWords(previous) : `an even split of ${stageWords(previous)}`);

  let sentence: string;
  if (!current.length && !previous.length) {
    sentence = "No signs were noted in the last four weeks.";
  } else if (!current.length) {
    sentence = `No signs were noted in the last two weeks; in the two weeks before, most were ${stageWords(previous)}.`;
    if (previous.length > 1) sentence = `No signs were noted in the last two weeks; in the two weeks before, they were split evenly between ${stageWords(previous)}.`;
  } else if (!previous.length) {
    sentence = `${describeNow()}, and none were noted the two weeks before.`;
  } else {
    const same = current.length === previous.length && current.every((id, i) => id === previous[i]);
    if (same) sentence = `${describeNow()}, the same as the two weeks before.`;
    else if (direction === "later") sentence = `${describeNow()}, up from ${describeBefore()} the two weeks before.`;
    else if (direction === "earlier") sentence = `${describeNow()}, down from ${describeBefore()} the two weeks before.`;
    else sentence = `${describeNow()}, after ${describeBefore()} the two weeks before.`;
  }

  return { sentence, current, previous, currentCounts, previousCounts, direction, focusStageId };
}

/**
 * Everything the dashboard shows, for one member of one family. `now` is for tests. The stage and
 * trigger names come from the catalogue in the reader's language (`locale`); the week labels and
 * the trend's sentence stay in English here (the dashboard words them from messages/).
 */
export async function getDashboard(actor: Actor | null | undefined, familyId: string, now: Date = new Date(), locale: Locale = "en") {
  const access = await requireMember(actor, familyId);
  const catalogue = getCatalogue(locale);
  const triggerIndex = new Map(
    catalogue.triggerGroups.flatMap((group) => group.triggers.map((trigger) => [trigger.id, { ...trigger, groupId: group.id, groupName: group.name }] as const)),
  );
  const stageIds: string[] = catalogue.stages.map((s) => s.id);

  const today = latestCheckInDate(now);
  const weeks = rollingWeeks(today);
  const from = dayToDate(weeks[0]!.start);
  const to = dayToDate(today);
  const triggerFrom = dayToDate(addDays(today, -(TRIGGER_DAYS - 1)));
  const visible = visibleTo(access.familyId, access.userId);

  // Every query is bounded by the 8-week window except `latest`, which reads the newest end of
  // the (familyId, date) index. Nothing counts the family's whole history: without an index
  // that holds `shared`, such a count would read every row.
  const [signDays, triggerCounts, ownDays, checkInDays, latest] = await Promise.all([
    // Signs per day and stage, last 8 weeks (at most 56 x 3 rows).
    db.checkInSign.groupBy({
      by: ["date", "stageId"],
      where: { ...visible, date: { gte: from, lte: to } },
      _count: { _all: true },
    }),
    // Triggers in the last 28 days (at most one row per trigger in the catalogue).
    db.checkInTrigger.groupBy({
      by: ["triggerId"],
      where: { ...visible, date: { gte: triggerFrom, lte: to } },
      _count: { _all: true },
    }),
    // The actor's own well-being per day, last 8 weeks.
    db.checkIn.groupBy({
      by: ["date"],
      where: { familyId: access.familyId, authorId: access.userId, date: { gte: from, lte: to } },
      _sum: { wellbeing: true },
      _count: { _all: true },
    }),
    // Check-ins per day, split by "may have used", last 8 weeks (at most 56 x 2 rows).
    db.checkIn.groupBy({
      by: ["date", "useSuspected"],
      where: { ...visible, date: { gte: from, lte: to } },
      _count: { _all: true },
    }),
    db.checkIn.findFirst({ where: visible, orderBy: [{ date: "desc" }], select: { date: true } }),
  ]);

  // (1) Signs per week, by stage.
  const emptyCounts = (): StageCounts => Object.fromEntries(stageIds.map((id) => [id, 0]));
  const signWeeks = weeks.map((week) => ({ ...week, counts: emptyCounts(), total: 0, checkIns: 0 }));
  const currentCounts = emptyCounts();
  const previousCounts = emptyCounts();
  const recentStart = addDays(today, -(RECENT_DAYS - 1));
  const previousStart = addDays(today, -(2 * RECENT_DAYS - 1));
  for (const row of signDays) {
    if (!stageIds.includes(row.stageId)) continue;
    const day = dayString(row.date);
    const n = row._count._all;
    const week = signWeeks[weekIndex(today, day)];
    if (week) {
      week.counts[row.stageId]! += n;
      week.total += n;
    }
    // (2) The last two weeks against the two before.
    if (day >= recentStart) currentCounts[row.stageId]! += n;
    else if (day >= previousStart) previousCounts[row.stageId]! += n;
  }
  const stageTrend = describeStageTrend(currentCounts, previousCounts, stageIds);
  const focus = catalogue.stages.find((s) => s.id === stageTrend.focusStageId);

  // (3) Top triggers: most noted first; ties in catalogue order.
  const catalogueOrder = new Map([...triggerIndex.keys()].map((id, i) => [id, i]));
  const topTriggers = triggerCounts
    .flatMap((row) => {
      const trigger = triggerIndex.get(row.triggerId);
      return trigger ? [{ ...trigger, count: row._count._all }] : [];
    })
    .sort((a, b) => b.count - a.count || catalogueOrder.get(a.id)! - catalogueOrder.get(b.id)!)
    .slice(0, TOP_TRIGGERS);

  // (4) The actor's own well-being, weekly average.
  const ownWeeks = weeks.map((week) => ({ ...week, sum: 0, count: 0 }));
  for (const row of ownDays) {
    const week = ownWeeks[weekIndex(today, dayString(row.date))];
    if (!week) continue;
    week.sum += row._sum.wellbeing ?? 0;
    week.count += row._count._all;
  }
  const wellbeing = ownWeeks.map(({ sum, count, ...week }) => ({
    ...week,
    checkIns: count,
    average: count ? Math.round((sum / count) * 10) / 10 : null,
  }));

  // (5) Counts, all within the 8 weeks.
  const triggerFromDay = dayString(triggerFrom);
  const counts = { last8Weeks: 0, last28Days: 0, useSuspectedLast28Days: 0, mineLast8Weeks: 0 };
  for (const row of checkInDays) {
    const day = dayString(row.date);
    const n = row._count._all;
    const week = signWeeks[weekIndex(today, day)];
    if (week) week.checkIns += n;
    counts.last8Weeks += n;
    if (day >= triggerFromDay) {
      counts.last28Days += n;
      if (row.useSuspected) counts.useSuspectedLast28Days += n;
    }
  }
  counts.mineLast8Weeks = wellbeing.reduce((n, week) => n + week.checkIns, 0);

  return {
    today,
    stages: catalogue.stages.map((s) => ({ id: s.id, name: s.name })),
    signsByWeek: signWeeks,
    signsInWeeks: signWeeks.reduce((n, w) => n + w.total, 0),
    stageTrend,
    focusStage: focus ? { id: focus.id, name: focus.name, familyCanDo: focus.familyCanDo } : null,
    topTriggers,
    wellbeing,
    lastCheckIn: latest ? dayString(latest.date) : null,
    /**
     * Check-ins this person can see (shared ones and their own private ones): in the 8 weeks, in
     * the last 28 days, and of those, how many said "may have used". Then their own, in 8 weeks.
     */
    counts,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
