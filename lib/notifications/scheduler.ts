import "server-only";
import { db as sharedDb, type Database } from "../db";
import { getCatalogue } from "../content";
import { addDays, DAY_MS, dayString, dayToDate, daysBetween, localClock, personTimeZone } from "../dates";
import { visibleTo } from "../family/checkins";
import { readPlanContent } from "../family/plan";
import { recordEvent } from "./events";
import type { ReminderDay } from "./kinds";

/**
 * The scheduler tick (decision 022): finds the notices that are due and records them. Every
 * event carries a key for its person, kind and period, unique in the database, so running the
 * tick twice, or on two app instances at once, records each notice once. `now` is injectable.
 *
 * - reminder: on the person's chosen day, from their chosen hour (in their time zone) until
 *   REMINDER_GRACE_HOURS later, once per local day.
 * - naloxone: once when the plan's date is 30 days away or less, once more at 7 days or less.
 * - quiet: once per quiet spell, when nobody has added a check-in for the owner's N days.
 * - weekly: Monday from WEEKLY_HOUR in the person's time zone; counts only (never notes).
 */
export const REMINDER_GRACE_HOURS = 3;
export const WEEKLY_HOUR = 9;
export const NALOXONE_NOTICE_DAYS = [30, 7] as const;

export type TickResult = { reminder: number; naloxone: number; quiet: number; weekly: number };

// The same zone every screen shows this person (lib/dates personTimeZone).
const zoneOf = (user: { timeZone: string | null; deviceTimeZone: string | null }) => personTimeZone(user.timeZone, user.deviceTimeZone);

async function isMember(database: Database, familyId: string, userId: string) {
  return Boolean(await database.membership.findUnique({ where: { familyId_userId: { familyId, userId } }, select: { id: true } }));
}

export async function runScheduler(now: Date = new Date(), database: Database = sharedDb): Promise<TickResult> {
  const result: TickResult = { reminder: 0, naloxone: 0, quiet: 0, weekly: 0 };
  const count = (kind: keyof TickResult) => (created: boolean) => {
    if (created) result[kind]++;
  };

  // Reminders
  const reminders = await database.notificationPreference.findMany({
    where: { kind: "reminder", enabled: true },
    select: { userId: true, familyId: true, reminderDay: true, reminderHour: true, user: { select: { timeZone: true, deviceTimeZone: true } } },
  });
  for (const pref of reminders) {
    if (pref.reminderHour === null || !pref.reminderDay) continue;
    const clock = localClock(zoneOf(pref.user), now);
    const day = pref.reminderDay as ReminderDay;
    if (day !== "daily" && day !== clock.weekday) continue;
    if (clock.hour < pref.reminderHour || clock.hour >= pref.reminderHour + REMINDER_GRACE_HOURS) continue;
    count("reminder")(
      await recordEvent({ familyId: pref.familyId, kind: "reminder", userId: pref.userId, dedupeKey: `reminder:${pref.userId}:${pref.familyId}:${clock.day}` }, database, now),
    );
  }

  // Naloxone dates: families where someone asked to be told.
  const naloxoneFamilies = await database.notificationPreference.findMany({ where: { kind: "naloxone", enabled: true }, select: { familyId: true }, distinct: ["familyId"] });
  if (naloxoneFamilies.length) {
    const today = dayString(now);
    const plans = await database.safetyPlan.findMany({ where: { familyId: { in: naloxoneFamilies.map((f) => f.familyId) } }, select: { familyId: true, content: true } });
    for (const plan of plans) {
      const expiry = readPlanContent(plan.content).emergency.naloxoneExpiry;
      if (!expiry) continue;
      const days = daysBetween(today, expiry);
      if (days < 0) continue;
      // The nearest notice day reached: at 5 days left that is the 7-day one (the 30-day one is not sent late).
      const threshold = [...NALOXONE_NOTICE_DAYS].sort((a, b) => a - b).find((t) => days <= t);
      if (threshold === undefined) continue;
      count("naloxone")(
        await recordEvent({ familyId: plan.familyId, kind: "naloxone", data: { days, expiry, threshold }, dedupeKey: `naloxone:${plan.familyId}:${expiry}:${threshold}` }, database, now),
      );
    }
  }

  // Quiet families
  const quiet = await database.familyNotificationSetting.findMany({ where: { quietDays: { not: null } }, select: { familyId: true, quietDays: true, family: { select: { createdAt: true } } } });
  for (const setting of quiet) {
    const days = setting.quietDays!;
    const last = await database.checkIn.findFirst({ where: { familyId: setting.familyId }, orderBy: { createdAt: "desc" }, select: { id: true, createdAt: true } });
    const since = last?.createdAt ?? setting.family.createdAt;
    if (now.getTime() - since.getTime() < days * DAY_MS) continue;
    count("quiet")(
      await recordEvent({ familyId: setting.familyId, kind: "quiet", data: { days }, dedupeKey: `quiet:${setting.familyId}:${last?.id ?? "none"}:${days}` }, database, now),
    );
  }

  // Weekly look back
  const weekly = await database.notificationPreference.findMany({
    where: { kind: "weekly", enabled: true },
    select: { userId: true, familyId: true, user: { select: { timeZone: true, deviceTimeZone: true } } },
  });
  const stageOrder = getCatalogue().stages.map((s) => s.id);
  for (const pref of weekly) {
    const clock = localClock(zoneOf(pref.user), now);
    if (clock.weekday !== "monday" || clock.hour < WEEKLY_HOUR) continue;
    const dedupeKey = `weekly:${pref.userId}:${pref.familyId}:${clock.day}`;
    if (await database.familyEvent.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
    if (!(await isMember(database, pref.familyId, pref.userId))) continue;
    const counts = await weekCounts(database, pref.familyId, pref.userId, addDays(clock.day, -7), addDays(clock.day, -1), stageOrder);
    count("weekly")(await recordEvent({ familyId: pref.familyId, kind: "weekly", userId: pref.userId, data: counts, dedupeKey }, database, now));
  }
  return result;
}

/**
 * What the weekly look back says: check-ins and signs in the week (what this person may see:
 * shared entries and their own), and the stage most signs pointed to (the later one on a tie).
 * Counts only; no note, no sign, no name is read.
 */
export async function weekCounts(database: Database, familyId: string, userId: string, from: string, to: string, stageOrder: string[]) {
  const where = { ...visibleTo(familyId, userId), date: { gte: dayToDate(from), lte: dayToDate(to) } };
  const [checkIns, byStage] = await Promise.all([
    database.checkIn.count({ where }),
    database.checkInSign.groupBy({ by: ["stageId"], where, _count: { _all: true } }),
  ]);
  let stageId: string | null = null;
  let best = 0;
  for (const id of stageOrder) {
    const n = byStage.find((row) => row.stageId === id)?._count._all ?? 0;
    if (n > 0 && n >= best) {
      best = n;
      stageId = id;
    }
  }
  const signs = byStage.reduce((sum, row) => sum + row._count._all, 0);
  return { checkIns, signs, stageId, from, to };
}
