import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, createClient } from "@/lib/db";
import { refreshEnv } from "@/lib/env";
import { addDays, dayString, dayToDate } from "@/lib/dates";
import { createCheckIn, deleteCheckIn, latestCheckInDate, updateCheckIn } from "@/lib/family/checkins";
import { savePlan } from "@/lib/family/plan";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { becomeCounselor } from "@/lib/counselor/profile";
import { acceptConnectionInvite, createConnectionInvite, revokeConnection, setConnectionLevel } from "@/lib/counselor/connections";
import { processOutbox } from "@/lib/mail/outbox";
import { smtpTransport } from "@/lib/mail/transport";
import { getPreferences, getQuietDays, savePreferences, setQuietDays } from "@/lib/notifications/preferences";
import { listSinceLastLooked, markEventsSeen } from "@/lib/notifications/events";
import { runScheduler } from "@/lib/notifications/scheduler";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { setTimeZone } from "@/lib/account/time-zone";
import { getCounselorEmailNotices, listCounselorNotices, markCounselorNoticesSeen, setCounselorEmailNotices } from "@/lib/notifications/counselor-notices";
import { createFamilyWith, createUser, outsiders } from "../support/fixtures";
import { startSmtp, type TestSmtp } from "../support/smtp";

type Actor = { userId: string };
const ALL_OFF = { alert: "", reminder: "", naloxone: "", quiet: "", weekly: "", counselor: "", reminderDay: "daily", reminderHour: "19" };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function refused(promise: Promise<unknown>, kind: typeof NotFoundError | typeof ForbiddenError) {
  await expect(promise).rejects.toBeInstanceOf(kind);
}

const eventsOf = (familyId: string, kind: string) => db.familyEvent.findMany({ where: { familyId, kind }, orderBy: { createdAt: "asc" } });

async function connectedCounselor(owner: Actor, familyId: string) {
  const counselor = await createUser("Casey Counselor");
  await becomeCounselor(counselor, { organization: "Riverside Clinic" });
  const invite = await createConnectionInvite(counselor);
  await acceptConnectionInvite(owner, invite.token, familyId, "plan_summary");
  return counselor;
}

describe("preferences", () => {
  it("are all off until chosen, except alerts; each person's own", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const prefs = await getPreferences(owner, familyId);
    expect(prefs.enabled).toEqual({ alert: true, reminder: false, naloxone: false, quiet: false, weekly: false, counselor: false });
    expect(prefs.reminder).toEqual({ day: "daily", hour: 19 });

    // Booleans and numbers (what an action passes on after its own parse) mean the same as form strings.
    await savePreferences(owner, familyId, { ...ALL_OFF, reminder: true, weekly: "on", reminderDay: "monday", reminderHour: 7 });
    expect((await getPreferences(owner, familyId)).enabled).toEqual({ alert: false, reminder: true, naloxone: false, quiet: false, weekly: true, counselor: false });
    expect((await getPreferences(owner, familyId)).reminder).toEqual({ day: "monday", hour: 7 });
    // The other member's choices are untouched.
    expect((await getPreferences(members[0]!, familyId)).enabled.alert).toBe(true);
  });

  it("refuse a day or hour not on the list", async () => {
    const { familyId, owner } = await createFamilyWith();
    await expect(savePreferences(owner, familyId, { ...ALL_OFF, reminderDay: "someday" })).rejects.toThrow();
    await expect(savePreferences(owner, familyId, { ...ALL_OFF, reminderHour: "24" })).rejects.toThrow();
    await expect(setQuietDays(owner, familyId, { quietDays: "4" })).rejects.toThrow();
  });

  it("give nothing to other families, signed-out visitors, empty ids or a connected counselor", async () => {
    const { familyId, owner } = await createFamilyWith();
    const counselor = await connectedCounselor(owner, familyId);
    const { otherFamilyOwner, signedOut, emptyId } = await outsiders();
    for (const stranger of [otherFamilyOwner, signedOut, emptyId, counselor]) {
      await refused(getPreferences(stranger, familyId), NotFoundError);
      await refused(savePreferences(stranger, familyId, ALL_OFF), NotFoundError);
      await refused(listSinceLastLooked(stranger, familyId), NotFoundError);
      await refused(markEventsSeen(stranger, familyId), NotFoundError);
      await refused(getQuietDays(stranger, familyId), NotFoundError);
      await refused(setQuietDays(stranger, familyId, { quietDays: "3" }), NotFoundError);
    }
  });

  it("quiet days: only the owner sets them; members read them", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await refused(setQuietDays(members[0]!, familyId, { quietDays: "3" }), ForbiddenError);
    expect(await setQuietDays(owner, familyId, { quietDays: "5" })).toBe(5);
    expect(await getQuietDays(members[0]!, familyId)).toBe(5);
    expect(await setQuietDays(owner, familyId, { quietDays: "" })).toBeNull();
  });
});

describe("events and 'Since you last looked'", () => {
  const checkIn = (over: Record<string, unknown> = {}) => ({
    date: latestCheckInDate(new Date(Date.now() - DAY)),
    signs: [],
    triggers: [],
    worry: 4,
    wellbeing: 2,
    note: "A private worry",
    visibility: "family" as const,
    useSuspected: true,
    ...over,
  });

  it("'may have used' tells the other members at once, not the person who noted it", async () => {
    const { familyId, owner, members } = await createFamilyWith(2);
    await createCheckIn(members[0]!, familyId, checkIn());
    const forOwner = await listSinceLastLooked(owner, familyId);
    expect(forOwner).toHaveLength(1);
    expect(forOwner[0]).toMatchObject({ kind: "alert", actorName: "Member 1" });
    expect(JSON.stringify(forOwner)).not.toContain("private worry");
    expect(await listSinceLastLooked(members[0]!, familyId)).toHaveLength(0);
    expect(await listSinceLastLooked(members[1]!, familyId)).toHaveLength(1);
  });

  it("a private entry alerts nobody; neither does an entry without 'may have used'", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await createCheckIn(members[0]!, familyId, checkIn({ visibility: "private" as const }));
    await createCheckIn(members[0]!, familyId, checkIn({ useSuspected: false }));
    expect(await listSinceLastLooked(owner, familyId)).toHaveLength(0);
  });

  it("follows each person's choice, and 'Mark these as seen' starts again from now", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await savePreferences(owner, familyId, ALL_OFF);
    await createCheckIn(members[0]!, familyId, checkIn());
    expect(await listSinceLastLooked(owner, familyId)).toHaveLength(0);
    await savePreferences(owner, familyId, { ...ALL_OFF, alert: "on" });
    expect(await listSinceLastLooked(owner, familyId)).toHaveLength(1);
    await markEventsSeen(owner, familyId);
    expect(await listSinceLastLooked(owner, familyId)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createCheckIn(members[0]!, familyId, checkIn());
    expect(await listSinceLastLooked(owner, familyId)).toHaveLength(1);
  });

  it("counselor connected, level changed, removed: members who chose it are told", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await savePreferences(members[0]!, familyId, { ...ALL_OFF, counselor: "on" });
    const counselor = await connectedCounselor(owner, familyId);
    await setConnectionLevel(owner, familyId, counselor.userId, "plan");
    await revokeConnection(owner, familyId, counselor.userId);
    const seen = await listSinceLastLooked(members[0]!, familyId);
    expect(seen.map((e) => e.data.change)).toEqual(["revoked", "level", "connected"]);
    expect(seen[0]!.data.name).toBe("Casey Counselor");
    // The owner made the changes, and did not choose counselor notices anyway.
    expect(await listSinceLastLooked(owner, familyId)).toHaveLength(0);
  });
});

describe("a counselor's own notices", () => {
  it("a family connected, changed the level, ended it: the counselor sees each, in order; nobody else does", async () => {
    const { familyId, owner } = await createFamilyWith();
    const counselor = await connectedCounselor(owner, familyId);
    const other = await createUser("Other Counselor");
    await becomeCounselor(other, { organization: "Riverside Clinic" });
    await setConnectionLevel(owner, familyId, counselor.userId, "none");
    await revokeConnection(owner, familyId, counselor.userId);
    const notices = await listCounselorNotices(counselor);
    expect(notices.map((n) => [n.change, n.level])).toEqual([
      ["revoked", null],
      ["level", "none"],
      ["connected", "plan_summary"],
    ]);
    expect(notices[0]!.familyName).toBe("The Test Family");
    expect(await listCounselorNotices(other)).toEqual([]);
    // Not a counselor, or nobody: nothing.
    for (const stranger of [owner, null, { userId: "" }]) {
      await refused(listCounselorNotices(stranger), NotFoundError);
      await refused(setCounselorEmailNotices(stranger, { emailNotices: "on" }), NotFoundError);
    }
    // Members never see the counselor's own notices.
    expect((await listSinceLastLooked(owner, familyId)).map((e) => e.kind)).not.toContain("counselor_notice");
    await markCounselorNoticesSeen(counselor);
    expect(await listCounselorNotices(counselor)).toEqual([]);
  });

  it("email is off until the counselor chooses it", async () => {
    const counselor = await createUser("Casey Counselor");
    await becomeCounselor(counselor, { organization: "Riverside Clinic" });
    expect(await getCounselorEmailNotices(counselor)).toBe(false);
    expect(await setCounselorEmailNotices(counselor, { emailNotices: "on" })).toBe(true);
    expect(await getCounselorEmailNotices(counselor)).toBe(true);
    // What the action passes on after its own parse (a boolean) means the same.
    expect(await setCounselorEmailNotices(counselor, { emailNotices: true })).toBe(true);
    expect(await setCounselorEmailNotices(counselor, { emailNotices: false })).toBe(false);
    expect(await savePreferences(counselor, "nope", { emailNotices: true }).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
  });
});

describe("with mail on", () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = "Steady <no-reply@example.org>";
    refreshEnv();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    refreshEnv();
    await smtp.close();
  });

  it("an alert emails the members who want it; the email's one-click link turns that kind off", async () => {
    const { familyId, owner, members } = await createFamilyWith(2);
    await savePreferences(members[1]!, familyId, ALL_OFF);
    await db.mailOutbox.deleteMany({});
    smtp.received.length = 0;
    await createCheckIn(members[0]!, familyId, {
      date: latestCheckInDate(new Date(Date.now() - DAY)),
      worry: 5,
      wellbeing: 1,
      visibility: "family" as const,
      useSuspected: true,
    });
    const rows = await db.mailOutbox.findMany({ where: { familyId } });
    expect(rows.map((r) => r.userId)).toEqual([owner.userId]);
    await processOutbox(db, smtpTransport(smtp.url), { from: "Steady <no-reply@example.org>", appUrl: "http://localhost:3000" });
    expect(smtp.received).toHaveLength(1);
    const raw = smtp.received[0]!.raw.replace(/\r?\n[ \t]+/g, " ");
    const token = /^List-Unsubscribe: <[^>]*\/api\/unsubscribe\/([A-Za-z0-9_-]{43})>/m.exec(raw)![1]!;
    expect(await unsubscribe(token)).toBe(true);
    expect((await getPreferences(owner, familyId)).enabled.alert).toBe(false);
    expect(await unsubscribe("x".repeat(43))).toBe(false);

    // A counselor who chose email gets one (bland) when a family connects; its link turns it off.
    const counselor = await createUser("Casey Counselor");
    await becomeCounselor(counselor, { organization: "Riverside Clinic" });
    await setCounselorEmailNotices(counselor, { emailNotices: "on" });
    const invite = await createConnectionInvite(counselor);
    await acceptConnectionInvite(owner, invite.token, familyId, "plan");
    smtp.received.length = 0;
    await processOutbox(db, smtpTransport(smtp.url), { from: "Steady <no-reply@example.org>", appUrl: "http://localhost:3000" });
    const counselorEmail = (await db.user.findUniqueOrThrow({ where: { id: counselor.userId } })).email;
    const toCounselor = smtp.received.filter((m) => m.to.includes(counselorEmail));
    expect(toCounselor).toHaveLength(1);
    expect(toCounselor[0]!.parsed.subject).toBe("Something new in Steady");
    expect(toCounselor[0]!.parsed.text).toContain("/counselor");
    expect(toCounselor[0]!.parsed.text).not.toContain("The Test Family");
    const counselorToken = /^List-Unsubscribe: <[^>]*\/api\/unsubscribe\/([A-Za-z0-9_-]{43})>/m.exec(toCounselor[0]!.raw.replace(/\r?\n[ \t]+/g, " "))![1]!;
    expect(await unsubscribe(counselorToken)).toBe(true);
    expect(await getCounselorEmailNotices(counselor)).toBe(false);
    expect(await unsubscribe("not a token")).toBe(false);
  });
  it("a check-in, its alert and the alert's emails commit together: when the outbox refuses, nothing is saved", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const postgres = /^postgres/.test(process.env.DATABASE_URL!);
    // A real failure inside the database: every new outbox row is refused while the trigger exists.
    const refuse = postgres
      ? [
          `CREATE OR REPLACE FUNCTION refuse_mail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END; $$ LANGUAGE plpgsql`,
          `CREATE TRIGGER refuse_mail BEFORE INSERT ON "MailOutbox" FOR EACH ROW EXECUTE FUNCTION refuse_mail()`,
        ]
      : [`CREATE TRIGGER refuse_mail BEFORE INSERT ON "MailOutbox" BEGIN SELECT RAISE(ABORT, 'outbox refused'); END`];
    const allow = postgres ? [`DROP TRIGGER refuse_mail ON "MailOutbox"`, `DROP FUNCTION refuse_mail()`] : [`DROP TRIGGER refuse_mail`];
    const mayHaveUsed = { date: latestCheckInDate(new Date(Date.now() - DAY)), worry: 5, wellbeing: 1, visibility: "family" as const, useSuspected: true };
    const counts = async () => ({
      checkIns: await db.checkIn.count({ where: { familyId } }),
      alerts: await db.familyEvent.count({ where: { familyId, kind: "alert" } }),
      mails: await db.mailOutbox.count({ where: { familyId } }),
    });

    for (const sql of refuse) await db.$executeRawUnsafe(sql);
    try {
      await expect(createCheckIn(members[0]!, familyId, mayHaveUsed)).rejects.toThrow();
      expect(await counts()).toEqual({ checkIns: 0, alerts: 0, mails: 0 });
      // Changing a quiet check-in to "may have used" is refused whole too: it stays as it was.
      const quiet = await createCheckIn(members[0]!, familyId, { ...mayHaveUsed, useSuspected: false });
      await expect(updateCheckIn(members[0]!, familyId, quiet.id, mayHaveUsed)).rejects.toThrow();
      expect((await db.checkIn.findUniqueOrThrow({ where: { id: quiet.id } })).useSuspected).toBe(false);
      expect(await counts()).toEqual({ checkIns: 1, alerts: 0, mails: 0 });
      await deleteCheckIn(members[0]!, familyId, quiet.id);
    } finally {
      for (const sql of allow) await db.$executeRawUnsafe(sql);
    }

    // With the outbox working, all three appear together.
    const saved = await createCheckIn(members[0]!, familyId, mayHaveUsed);
    expect(await counts()).toEqual({ checkIns: 1, alerts: 1, mails: 1 });
    expect((await db.mailOutbox.findFirstOrThrow({ where: { familyId } })).userId).toBe(owner.userId);
    expect((await db.familyEvent.findFirstOrThrow({ where: { familyId, kind: "alert" } })).dedupeKey).toBe(`alert:${saved.id}`);
  });
});

describe("scheduler", () => {
  it("a person who follows their device is reminded at their hour in the device's zone, not US Central", async () => {
    const { familyId, owner } = await createFamilyWith();
    // "Follow this device" chosen on a phone in New York: the device's zone is stored with the choice.
    await setTimeZone(owner.userId, "", "America/New_York");
    expect(await db.user.findUnique({ where: { id: owner.userId }, select: { timeZone: true, deviceTimeZone: true } })).toEqual({
      timeZone: null,
      deviceTimeZone: "America/New_York",
    });
    await savePreferences(owner, familyId, { ...ALL_OFF, reminder: "on", reminderDay: "daily", reminderHour: "19" });
    const count = async () => (await eventsOf(familyId, "reminder")).length;
    // 6:30 PM in New York: not yet.
    await runScheduler(new Date("2026-01-15T23:30:00Z"));
    expect(await count()).toBe(0);
    // 7:10 PM in New York (6:10 PM in Chicago, where the old fallback would still wait).
    await runScheduler(new Date("2026-01-16T00:10:00Z"));
    expect(await count()).toBe(1);

    // A zone chosen by name wins over the device's.
    const { familyId: other, owner: chooser } = await createFamilyWith();
    await setTimeZone(chooser.userId, "America/Los_Angeles", "America/New_York");
    await savePreferences(chooser, other, { ...ALL_OFF, reminder: "on", reminderDay: "daily", reminderHour: "19" });
    await runScheduler(new Date("2026-01-16T00:10:00Z")); // 4:10 PM in Los Angeles
    expect(await eventsOf(other, "reminder")).toHaveLength(0);
    await runScheduler(new Date("2026-01-16T03:10:00Z")); // 7:10 PM in Los Angeles
    expect(await eventsOf(other, "reminder")).toHaveLength(1);
  });

  it("reminds at the chosen hour in the person's own time zone, once a day, on any number of instances", async () => {
    const { familyId, owner } = await createFamilyWith();
    await db.user.update({ where: { id: owner.userId }, data: { timeZone: "America/New_York" } });
    await savePreferences(owner, familyId, { ...ALL_OFF, reminder: "on", reminderDay: "daily", reminderHour: "19" });
    const count = async () => (await eventsOf(familyId, "reminder")).length;

    await runScheduler(new Date("2026-01-15T23:30:00Z")); // 6:30 PM in New York
    expect(await count()).toBe(0);
    await runScheduler(new Date("2026-01-16T00:10:00Z")); // 7:10 PM in New York, January 15
    expect(await count()).toBe(1);
    await runScheduler(new Date("2026-01-16T00:40:00Z"));
    // A second app instance at the same moment (PostgreSQL: its own pool; SQLite: one process).
    const postgres = /^postgres/.test(process.env.DATABASE_URL!);
    const second = postgres ? createClient(process.env.DATABASE_URL!) : db;
    try {
      await Promise.all([runScheduler(new Date("2026-01-16T00:50:00Z"), second), runScheduler(new Date("2026-01-16T00:50:00Z"))]);
    } finally {
      if (postgres) await second.$disconnect();
    }
    expect(await count()).toBe(1);
    expect((await eventsOf(familyId, "reminder"))[0]!.userId).toBe(owner.userId);
    await runScheduler(new Date("2026-01-17T00:05:00Z")); // 7:05 PM, January 16
    expect(await count()).toBe(2);
  });

  it("a weekday reminder fires only on that day, in that zone", async () => {
    const { familyId, owner } = await createFamilyWith();
    await db.user.update({ where: { id: owner.userId }, data: { timeZone: "Asia/Tokyo" } });
    await savePreferences(owner, familyId, { ...ALL_OFF, reminder: "on", reminderDay: "friday", reminderHour: "8" });
    await runScheduler(new Date("2026-01-14T23:10:00Z")); // Thursday 8:10 AM in Tokyo
    expect(await eventsOf(familyId, "reminder")).toHaveLength(0);
    await runScheduler(new Date("2026-01-15T23:10:00Z")); // Friday 8:10 AM in Tokyo (still Thursday in UTC)
    expect(await eventsOf(familyId, "reminder")).toHaveLength(1);
  });

  it("naloxone: once at 30 days before its date, once at 7", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const expiry = "2027-03-31";
    await savePlan(owner, familyId, { emergency: { naloxoneExpiry: expiry } }, 0);
    await savePreferences(members[0]!, familyId, { ...ALL_OFF, naloxone: "on" });
    const at = (daysBefore: number) => new Date(dayToDate(expiry).getTime() - daysBefore * DAY + 12 * HOUR);
    const thresholds = async () => (await eventsOf(familyId, "naloxone")).map((e) => JSON.parse(e.data).threshold);
    await runScheduler(at(40));
    expect(await thresholds()).toEqual([]);
    await runScheduler(at(30));
    await runScheduler(at(29));
    await runScheduler(at(20));
    expect(await thresholds()).toEqual([30]);
    await runScheduler(at(7));
    await runScheduler(at(3));
    expect(await thresholds()).toEqual([30, 7]);
    // On the overview (first look: the last 14 days), the 7-day notice.
    const seen = await listSinceLastLooked(members[0]!, familyId, at(3));
    expect(seen.map((e) => [e.kind, e.data.threshold])).toEqual([["naloxone", 7]]);
  });

  it("quiet family: told once after the owner's N days without a check-in, again after the next quiet spell", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await setQuietDays(owner, familyId, { quietDays: "3" });
    await savePreferences(members[0]!, familyId, { ...ALL_OFF, quiet: "on" });
    const now = Date.now();
    await runScheduler(new Date(now + 2 * DAY));
    expect(await eventsOf(familyId, "quiet")).toHaveLength(0);
    await runScheduler(new Date(now + 3 * DAY + 60_000));
    await runScheduler(new Date(now + 3 * DAY + 120_000));
    expect(await eventsOf(familyId, "quiet")).toHaveLength(1);
    await createCheckIn(owner, familyId, { date: latestCheckInDate(new Date(now - DAY)), worry: 2, wellbeing: 3, visibility: "family" });
    await runScheduler(new Date(Date.now() + 1 * DAY));
    expect(await eventsOf(familyId, "quiet")).toHaveLength(1);
    await runScheduler(new Date(Date.now() + 3 * DAY + 60_000));
    expect(await eventsOf(familyId, "quiet")).toHaveLength(2);
    expect(JSON.parse((await eventsOf(familyId, "quiet"))[0]!.data)).toEqual({ days: 3 });
  });

  it("weekly look back: Monday morning in the person's zone, counts only, what they may see", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await db.user.update({ where: { id: owner.userId }, data: { timeZone: "America/Chicago" } });
    await savePreferences(owner, familyId, { ...ALL_OFF, weekly: "on" });
    // The last Monday before today, 16:00 UTC (10 or 11 AM in Chicago).
    let monday = addDays(dayString(new Date()), -1);
    while (dayToDate(monday).getUTCDay() !== 1) monday = addDays(monday, -1);
    const at = new Date(`${monday}T16:00:00Z`);
    const base = { worry: 3, wellbeing: 3, visibility: "family" as const, note: "NOTE-MARKER nobody may read this in a summary" };
    await createCheckIn(members[0]!, familyId, { ...base, date: addDays(monday, -2), signs: ["mental.cravings"] });
    await createCheckIn(members[0]!, familyId, { ...base, date: addDays(monday, -5), signs: ["mental.cravings", "emotional.isolating"] });
    await createCheckIn(owner, familyId, { ...base, date: addDays(monday, -7) });
    // Another member's private entry, and one from before the week: not counted.
    await createCheckIn(members[0]!, familyId, { ...base, date: addDays(monday, -3), visibility: "private" as const, signs: ["physical.using-again", "physical.hiding-use"] });
    await createCheckIn(members[0]!, familyId, { ...base, date: addDays(monday, -8) });

    await runScheduler(new Date(`${monday}T13:00:00Z`)); // 7 or 8 AM in Chicago: too early
    expect(await eventsOf(familyId, "weekly")).toHaveLength(0);
    await runScheduler(at);
    await runScheduler(new Date(at.getTime() + HOUR));
    const events = await eventsOf(familyId, "weekly");
    expect(events).toHaveLength(1);
    expect(events[0]!.userId).toBe(owner.userId);
    expect(JSON.parse(events[0]!.data)).toEqual({ checkIns: 3, signs: 3, stageId: "mental", from: addDays(monday, -7), to: addDays(monday, -1) });
    expect(events[0]!.data).not.toContain("NOTE-MARKER");
    // Only the person who chose it sees it.
    expect(await listSinceLastLooked(members[0]!, familyId, at)).toHaveLength(0);
  });
});
