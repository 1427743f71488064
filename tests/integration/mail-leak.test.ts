import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshEnv } from "@/lib/env";
import { getCatalogue } from "@/lib/content";
import { addDays, dayString, dayToDate } from "@/lib/dates";
import { createFamily } from "@/lib/family/families";
import { createCheckIn, latestCheckInDate } from "@/lib/family/checkins";
import { savePlan } from "@/lib/family/plan";
import { becomeCounselor } from "@/lib/counselor/profile";
import { acceptConnectionInvite, createConnectionInvite, revokeConnection, setConnectionLevel } from "@/lib/counselor/connections";
import { MAIL_KINDS } from "@/lib/mail/messages";
import { processOutbox } from "@/lib/mail/outbox";
import { REFUSED_WORDS, REFUSED_WORDS_ES, refusedWordsIn } from "@/lib/mail/refused-words";
import { sendPasswordResetMail } from "@/lib/mail/password-reset";
import { smtpTransport } from "@/lib/mail/transport";
import { savePreferences, setQuietDays } from "@/lib/notifications/preferences";
import { setCounselorEmailNotices } from "@/lib/notifications/counselor-notices";
import { runScheduler } from "@/lib/notifications/scheduler";
import { createUser } from "../support/fixtures";
import { startSmtp, type TestSmtp } from "../support/smtp";

/**
 * The leak test: a family with realistic, sensitive data makes every kind of email through the
 * app's real paths, a real SMTP server receives them, mailparser reads them, and no subject, text,
 * HTML or header line may hold a refused word, a stage name, a sign's words, anyone's name, the
 * family's name or a note. It runs twice: for recipients who read English, and for recipients who
 * read Spanish, whose emails must also hold no English word (every kind, the password reset too).
 */
const APP_URL = "https://steady.example.org";
const FROM = "Steady <no-reply@example.org>";
const ALL_ON = { alert: "on", reminder: "on", naloxone: "on", quiet: "on", weekly: "on", counselor: "on", reminderDay: "daily", reminderHour: "7" };
const NOTE = "Jordan was nodding off in the garage, pinpoint pupils, LEAKMARKER";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = FROM;
  refreshEnv();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  refreshEnv();
  await smtp.close();
});

/**
 * English words a Spanish email must not hold (tests/e2e/support/english-left.ts has the same
 * idea for pages): what a person reads, with addresses and the brand name left out.
 */
const ENGLISH = /(^|[^\p{L}])(the|and|your|you|with|this|check-in|check-ins|family|families|email|open|page|password|something|new|reminder|space|stop|kind|from|please|look|ready|who|can|see|asked|first|get|chose|because|there|is|in|of|to)(?=$|[^\p{L}])/iu;
function englishIn(text: string): string | null {
  const read = text.replace(/<[^>]+>/g, " ").replace(/https?:\/\/\S+/g, " ").replaceAll("Steady", " ");
  return ENGLISH.exec(read)?.[2] ?? null;
}

describe.each(["en", "es"] as const)("no sensitive words in any email (recipients who read %s)", (locale) => {
  it("every kind of message, built from a real family's data", async () => {
    await db.mailOutbox.deleteMany({});
    smtp.received.length = 0;
    const maria = await createUser("Maria Rivera");
    const daniel = await createUser("Daniel Rivera");
    const counselor = await createUser("Hannah Okafor");
    // Each email is written in its recipient's language (User.locale).
    await db.user.updateMany({ where: { id: { in: [maria.userId, daniel.userId, counselor.userId] } }, data: { locale } });
    await becomeCounselor(counselor, { organization: "Harbor Opioid Treatment Center" });
    await setCounselorEmailNotices(counselor, { emailNotices: "on" });
    const family = await createFamily(maria, { name: "Rivera Family Recovery", lovedOneName: "Jordan" });
    const familyId = family.id;
    await db.membership.create({ data: { familyId, userId: daniel.userId, role: "member" } });
    for (const person of [maria, daniel]) {
      await db.user.update({ where: { id: person.userId }, data: { timeZone: "America/Chicago" } });
      await savePreferences(person, familyId, ALL_ON);
    }
    await setQuietDays(maria, familyId, { quietDays: "3" });

    const catalogue = getCatalogue();
    const spanish = getCatalogue("es");
    const allSigns = catalogue.stages.map((s) => s.signs[0]!.id);
    const expiry = addDays(dayString(new Date()), 20);
    await savePlan(
      maria,
      familyId,
      {
        emergency: { naloxoneLocation: "Kitchen drawer, Narcan box", naloxoneExpiry: expiry, hospitalName: "St. Mary's" },
        people: [{ name: "Aunt Rosa", relationship: "aunt", phone: "555-123-4567" }],
        boundaries: "We will not give Jordan money. LEAKMARKER",
      },
      0,
    );

    // alert: Daniel notes "may have used" with signs from every stage and a note.
    await createCheckIn(daniel, familyId, {
      date: latestCheckInDate(new Date(Date.now() - 86_400_000)),
      signs: allSigns,
      triggers: [],
      worry: 5,
      wellbeing: 1,
      note: NOTE,
      otherSigns: "burnt foil, LEAKMARKER",
      visibility: "family" as const,
      useSuspected: true,
    });
    // counselor: connected, level changed, removed (Daniel is told; so is the counselor: counselor_notice).
    const invite = await createConnectionInvite(counselor);
    await acceptConnectionInvite(maria, invite.token, familyId, "plan_summary");
    await setConnectionLevel(maria, familyId, counselor.userId, "plan");
    await revokeConnection(maria, familyId, counselor.userId);
    // naloxone (20 days left: the 30-day notice), reminder (7 AM Chicago), weekly (Monday), quiet (4 days on).
    let monday = dayString(new Date(Date.now() + 4 * 86_400_000));
    while (dayToDate(monday).getUTCDay() !== 1) monday = addDays(monday, 1);
    await runScheduler(new Date(`${monday}T15:30:00Z`)); // Monday, 9:30 or 10:30 AM in Chicago: weekly, quiet, naloxone
    await runScheduler(new Date(`${monday}T13:30:00Z`)); // 7:30 or 8:30 AM: reminder
    await runScheduler(new Date(`${addDays(monday, 1)}T13:30:00Z`)); // the next day's reminder too

    // Deliver everything.
    const later = new Date(`${addDays(monday, 2)}T00:00:00Z`); // the scheduler's clock ran ahead; so does the sender's
    for (let i = 0; i < 5; i++) await processOutbox(db, smtpTransport(smtp.url), { from: FROM, appUrl: APP_URL, batch: 50, now: () => later });
    const rows = await db.mailOutbox.findMany({ where: { familyId }, select: { kind: true, status: true, subject: true } });
    expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
    // Every kind but the password reset, which belongs to no family (tested below and in tests/e2e/forgot-password.spec.ts).
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(MAIL_KINDS.filter((kind) => kind !== "password_reset")));
    // (Families from other test files may get notices from the same ticks; those are checked too.)
    const ours = await db.user.findMany({ where: { id: { in: [maria.userId, daniel.userId, counselor.userId] } }, select: { email: true } });
    expect(smtp.received.filter((m) => ours.some((u) => m.to.includes(u.email))).length).toBe(rows.length);

    const extra = [
      "Maria",
      "Daniel",
      "Rivera",
      "Jordan",
      "Hannah",
      "Okafor",
      "Harbor",
      "Rosa",
      "Mary",
      "Kitchen",
      "LEAKMARKER",
      "garage",
      "foil",
      "pupils",
      family.name,
      ...catalogue.stages.flatMap((stage) => [stage.id, stage.name, ...stage.signs.map((sign) => sign.label)]),
      ...catalogue.triggerGroups.flatMap((group) => group.triggers.map((t) => t.label)),
      // The Spanish catalogue's words too: a Spanish email must not name them either.
      ...spanish.stages.flatMap((stage) => [stage.name, ...stage.signs.map((sign) => sign.label)]),
      ...spanish.triggerGroups.flatMap((group) => group.triggers.map((t) => t.label)),
    ];
    const shown = new Map<string, string>();
    for (const { parsed, raw } of smtp.received) {
      const headerText = parsed.headerLines.map((h) => h.line).join("\n");
      const parts = { subject: parsed.subject ?? "", text: parsed.text ?? "", html: typeof parsed.html === "string" ? parsed.html : "", headers: headerText };
      for (const [part, value] of Object.entries(parts)) {
        expect({ part, found: refusedWordsIn(value, extra) }).toEqual({ part, found: [] });
      }
      expect(raw).not.toContain("LEAKMARKER");
      if (locale === "es") {
        // Every kind reads in Spanish: no English word in the subject, the text or the HTML.
        for (const [part, value] of Object.entries({ subject: parts.subject, text: parts.text, html: parts.html })) {
          expect({ part, english: englishIn(value) }).toEqual({ part, english: null });
        }
        expect(parts.html).toContain('<html lang="es">');
      }
      expect(parsed.headers.has("list-unsubscribe") || /^List-Unsubscribe:/m.test(raw)).toBe(true);
      expect(raw.replace(/\r?\n[ \t]+/g, " ")).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      const kind = rows.find((r) => r.subject === parsed.subject)?.kind ?? "?";
      const text = (parsed.text ?? "").replace(/[A-Za-z0-9_-]{43}/g, "<token>").replace(familyId, "<family id>");
      shown.set(`${parsed.subject}\n${text}`, kind);
    }
    for (const [message] of shown) console.log(`MAIL AS SENT (${locale})\n${message}\n`);
    console.log(`REFUSED WORDS (${REFUSED_WORDS.length} + ${REFUSED_WORDS_ES.length} in Spanish): ${[...REFUSED_WORDS, ...REFUSED_WORDS_ES].join(", ")}`);
  });

  it("the password reset email, in the account's language", async () => {
    await db.mailOutbox.deleteMany({});
    smtp.received.length = 0;
    const rosa = await createUser("Rosa Leakmarker");
    await db.user.update({ where: { id: rosa.userId }, data: { locale } });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: rosa.userId }, select: { email: true } });
    await sendPasswordResetMail({ id: rosa.userId, email }, `${APP_URL}/api/auth/reset-password/abc123?callbackURL=%2Fsign-in%2Fnew-password`);
    await processOutbox(db, smtpTransport(smtp.url), { from: FROM, appUrl: APP_URL });
    const mail = smtp.received.find((m) => m.to.includes(email))!;
    expect(mail.parsed.subject).toBe(locale === "es" ? "Elija una contraseña nueva" : "Choose a new password");
    expect(mail.parsed.text).toContain(`${APP_URL}/api/auth/reset-password/abc123`);
    const parts = { subject: mail.parsed.subject ?? "", text: mail.parsed.text ?? "", html: typeof mail.parsed.html === "string" ? mail.parsed.html : "" };
    for (const [part, value] of Object.entries(parts)) {
      expect({ part, found: refusedWordsIn(value, ["Rosa", "Leakmarker"]) }).toEqual({ part, found: [] });
      if (locale === "es") expect({ part, english: englishIn(value) }).toEqual({ part, english: null });
    }
  });
});
