import "server-only";
import { db as sharedDb, type Database } from "../db";
import { env, mailConfigured } from "../env";
import { requireMember, type Actor } from "../family/access";
import { buildMessage } from "../mail/messages";
import { enqueueMail } from "../mail/outbox";
import { isUniqueViolation } from "../errors";
import { DEFAULT_ENABLED, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { errorName, log } from "../observability/log";
import { DAY_MS } from "../dates";
import { toLocale } from "../i18n/locales";

/**
 * Family events: what "Since you last looked" shows, and what sends an email (decision 022).
 * recordEvent writes the event and, when mail is on, one outbox row per member who chose this
 * kind, in one transaction: an event never exists without its emails, nor an email without
 * its event. The person who caused the event is not told about it.
 */
export type EventData = Record<string, string | number | boolean | null | string[]>;

export type NewEvent = {
  familyId: string;
  kind: NotificationKind;
  /** Only this member is told (a reminder, a weekly look back); otherwise every member. */
  userId?: string | null;
  /** Who caused it; never told about their own action. */
  actorId?: string | null;
  data?: EventData;
  /** Makes the event happen once, however many instances try (the scheduler's periods). */
  dedupeKey?: string;
  /**
   * Writes who was told into the event's data (decision 026): `told`, the members it went to;
   * `turnedOff`, how many others had turned this kind off; `emailed`, whether mail went out too.
   */
  recordAudience?: boolean;
};

/** Which of these members want this kind, with their choice or the default. */
async function membersWhoWant(database: Pick<Database, "notificationPreference">, familyId: string, userIds: string[], kind: NotificationKind): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await database.notificationPreference.findMany({
    where: { familyId, kind, userId: { in: userIds } },
    select: { userId: true, enabled: true },
  });
  const chosen = new Map(rows.map((r) => [r.userId, r.enabled]));
  return new Set(userIds.filter((id) => chosen.get(id) ?? DEFAULT_ENABLED[kind]));
}

/** A client already inside a transaction (what `$transaction` hands its callback). */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Writes an event and queues its emails with a client that is already inside a transaction, so
 * the caller's own rows, the event and its emails commit together or not at all. Returns false
 * (and writes nothing) when its dedupeKey was already used.
 */
export async function writeEvent(tx: Transaction, event: NewEvent, now: Date = new Date()): Promise<boolean> {
  if (!event.familyId) return false;
  // Looked up first: a unique violation inside the caller's transaction would abort it on PostgreSQL.
  if (event.dedupeKey && (await tx.familyEvent.findUnique({ where: { dedupeKey: event.dedupeKey }, select: { id: true } }))) return false;
  const members = await tx.membership.findMany({
    where: { familyId: event.familyId, ...(event.userId ? { userId: event.userId } : {}) },
    select: { userId: true, user: { select: { email: true, locale: true } } },
  });
  // A notice for one person who is no longer a member: nothing to record.
  if (event.userId && members.length === 0) return false;
  const audience = members.filter((m) => m.userId !== event.actorId);
  const wanting = await membersWhoWant(tx, event.familyId, audience.map((m) => m.userId), event.kind);
  const config = env();
  const sendMail = mailConfigured(config);
  const told = audience.filter((m) => wanting.has(m.userId)).map((m) => m.userId);
  const data = event.recordAudience ? { ...event.data, told, turnedOff: audience.length - told.length, emailed: sendMail && told.length > 0 } : event.data;
  const created = await tx.familyEvent.create({
    data: {
      familyId: event.familyId,
      kind: event.kind,
      userId: event.userId ?? null,
      actorId: event.actorId ?? null,
      data: JSON.stringify(data ?? {}),
      dedupeKey: event.dedupeKey ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  if (!sendMail) return true;
  for (const member of audience) {
    if (!wanting.has(member.userId)) continue;
    // In the member's own language (decision 052).
    const message = buildMessage(event.kind, config.APP_URL, event.familyId, toLocale(member.user.locale));
    await enqueueMail(tx, { ...message, to: member.user.email, userId: member.userId, familyId: event.familyId, dedupeKey: `${created.id}:${member.userId}` }, now);
  }
  return true;
}

/** Records an event and queues its emails, in a transaction of its own. Returns false when its dedupeKey was already used. */
export async function recordEvent(event: NewEvent, database: Database = sharedDb, now: Date = new Date()): Promise<boolean> {
  try {
    return await database.$transaction((tx) => writeEvent(tx, event, now));
  } catch (error) {
    // Two instances racing for the same period: the unique dedupeKey lets one of them in.
    if (event.dedupeKey && isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Never lets a notice break what caused it: a check-in or a counselor change is already saved
 * when this runs. Logs the failure's kind, never its data.
 */
export async function safely(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log.error({ error: errorName(error) }, "notification not recorded");
  }
}

/** The one alert a check-in can cause (saving it again does not alert twice). */
export const alertKey = (checkInId: string) => `alert:${checkInId}`;

/**
 * Check-in saved: "may have used", shared with the family, tells the other members at once. Runs
 * inside the check-in's own transaction (lib/family/checkins/write.ts): the check-in, its alert
 * and the alert's emails commit together, so a check-in never exists without its alert, nor an
 * alert without its check-in (decision 032).
 */
export async function alertForCheckIn(tx: Transaction, familyId: string, actorId: string, checkIn: { id: string; date: string; useSuspected: boolean; shared: boolean }) {
  if (!checkIn.useSuspected || !checkIn.shared) return;
  await writeEvent(tx, { familyId, kind: "alert", actorId, data: { date: checkIn.date }, dedupeKey: alertKey(checkIn.id), recordAudience: true });
}

export type CounselorChange = "connected" | "level" | "revoked";

/**
 * A counselor connected, had their level changed, or was removed: the family's members who chose
 * it are told, and so is the counselor (on /counselor, and by email if they chose it).
 */
export function notifyCounselorChange(familyId: string, actorId: string, change: CounselorChange, counselorId: string, level?: string) {
  return safely(async () => {
    const counselor = await sharedDb.user.findUnique({ where: { id: counselorId }, select: { name: true } });
    await recordEvent({ familyId, kind: "counselor", actorId, data: { change, name: counselor?.name ?? "A counselor", level: level ?? null } });
    await recordCounselorNotice(familyId, counselorId, change, level);
  });
}

/** The counselor's own notice: an event only they see, and an email if they chose email. */
export async function recordCounselorNotice(
  familyId: string,
  counselorId: string,
  change: CounselorChange,
  level?: string,
  database: Database = sharedDb,
  now: Date = new Date(),
): Promise<boolean> {
  if (!familyId || !counselorId) return false;
  const [family, profile] = await Promise.all([
    database.family.findUnique({ where: { id: familyId }, select: { name: true } }),
    database.counselorProfile.findUnique({ where: { userId: counselorId }, select: { emailNotices: true, user: { select: { email: true, locale: true } } } }),
  ]);
  if (!family || !profile) return false;
  const config = env();
  await database.$transaction(async (tx) => {
    const created = await tx.familyEvent.create({
      data: { familyId, kind: "counselor_notice", userId: counselorId, data: JSON.stringify({ change, familyName: family.name, level: level ?? null }), createdAt: now },
      select: { id: true },
    });
    if (!mailConfigured(config) || !profile.emailNotices) return;
    const message = buildMessage("counselor_notice", config.APP_URL, familyId, toLocale(profile.user.locale));
    await enqueueMail(tx as unknown as Database, { ...message, to: profile.user.email, userId: counselorId, familyId, dedupeKey: `${created.id}:${counselorId}` }, now);
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// "Since you last looked"

export type FamilyEventView = { id: string; kind: NotificationKind; createdAt: Date; data: EventData; actorName: string | null };

/** How far back the panel looks for someone who has never marked anything as seen. */
const FIRST_LOOK_DAYS = 14;

/**
 * Events since the actor last marked them seen: kinds they chose (defaults otherwise), meant for
 * everyone or for them, not caused by them. Newest first, at most 20.
 */
export async function listSinceLastLooked(actor: Actor | null | undefined, familyId: string, now: Date = new Date()) {
  const access = await requireMember(actor, familyId);
  const [seen, prefs] = await Promise.all([
    sharedDb.familyEventSeen.findUnique({ where: { familyId_userId: { familyId: access.familyId, userId: access.userId } }, select: { seenAt: true } }),
    sharedDb.notificationPreference.findMany({ where: { familyId: access.familyId, userId: access.userId }, select: { kind: true, enabled: true } }),
  ]);
  const chosen = new Map(prefs.map((p) => [p.kind, p.enabled]));
  const kinds = NOTIFICATION_KINDS.filter((k) => chosen.get(k) ?? DEFAULT_ENABLED[k]);
  if (kinds.length === 0) return [];
  const since = seen?.seenAt ?? new Date(now.getTime() - FIRST_LOOK_DAYS * DAY_MS);
  const rows = await sharedDb.familyEvent.findMany({
    where: {
      familyId: access.familyId,
      kind: { in: [...kinds] },
      createdAt: { gt: since },
      // (actorId may be null: a plain NOT would drop those rows in SQL.)
      AND: [{ OR: [{ userId: null }, { userId: access.userId }] }, { OR: [{ actorId: null }, { actorId: { not: access.userId } }] }],
    },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, kind: true, createdAt: true, data: true, actorId: true },
  });
  // Names of members who caused an alert (a removed member's event shows without a name).
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
  const names = new Map(
    (
      await sharedDb.membership.findMany({
        where: { familyId: access.familyId, userId: { in: actorIds } },
        select: { userId: true, user: { select: { name: true } } },
      })
    ).map((m) => [m.userId, m.user.name]),
  );
  return rows.map((r): FamilyEventView => {
    let data: EventData = {};
    try {
      data = JSON.parse(r.data) as EventData;
    } catch {
      data = {};
    }
    return { id: r.id, kind: r.kind as NotificationKind, createdAt: r.createdAt, data, actorName: r.actorId ? (names.get(r.actorId) ?? null) : null };
  });
}

/** The actor has looked: the panel starts again from now. */
export async function markEventsSeen(actor: Actor | null | undefined, familyId: string, now: Date = new Date()): Promise<void> {
  const access = await requireMember(actor, familyId);
  await sharedDb.familyEventSeen.upsert({
    where: { familyId_userId: { familyId: access.familyId, userId: access.userId } },
    create: { familyId: access.familyId, userId: access.userId, seenAt: now },
    update: { seenAt: now },
  });
}
