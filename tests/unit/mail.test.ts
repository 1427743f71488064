import { describe, expect, it } from "vitest";
import { EnvError, mailConfigured, parseEnv } from "@/lib/env";
import { buildMessage, buildPasswordResetMessage, MAIL_KINDS, REQUESTED_MAIL_KINDS, SUBJECT_COUNSELOR, SUBJECT_NEW, SUBJECT_PASSWORD, SUBJECT_REMINDER, UNSUBSCRIBE_PLACEHOLDER } from "@/lib/mail/messages";
import { REFUSED_WORDS, REFUSED_WORDS_ES, refusedWordsIn } from "@/lib/mail/refused-words";
import { backoffMs } from "@/lib/mail/outbox";
import { localClock } from "@/lib/dates";

describe("mail settings", () => {
  it("mail is off unless both SMTP_URL and MAIL_FROM are set", () => {
    expect(mailConfigured(parseEnv({}))).toBe(false);
    expect(mailConfigured(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "Steady <no-reply@example.org>" }))).toBe(true);
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/SMTP_URL.*both/);
    expect(() => parseEnv({ MAIL_FROM: "no-reply@example.org" })).toThrow(EnvError);
  });

  it("names the bad variable", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.org", MAIL_FROM: "a@example.org" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.org", MAIL_FROM: "not an address" })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ NOTIFICATIONS_WORKER: "maybe" })).toThrow(/NOTIFICATIONS_WORKER/);
  });
});

describe("messages", () => {
  it("every kind is bland: one of three subjects, a link, the unsubscribe placeholder, no refused word", () => {
    for (const kind of MAIL_KINDS) {
      if (kind === "password_reset") continue;
      const message = buildMessage(kind, "https://steady.example.org", "fam1");
      expect([SUBJECT_NEW, SUBJECT_REMINDER, SUBJECT_COUNSELOR]).toContain(message.subject);
      expect(message.text).toContain(kind === "counselor_notice" ? "https://steady.example.org/counselor" : "https://steady.example.org/family/fam1");
      expect(message.text).toContain(UNSUBSCRIBE_PLACEHOLDER);
      expect(refusedWordsIn(`${message.subject} ${message.text} ${message.html}`)).toEqual([]);
    }
  });

  it("the password reset email holds the link and nothing else: no name, no unsubscribe, no refused word", () => {
    const url = "https://steady.example.org/api/auth/reset-password/abc123?callbackURL=%2Fsign-in%2Fnew-password";
    const message = buildPasswordResetMessage(url);
    expect(message.subject).toBe(SUBJECT_PASSWORD);
    expect(message.text).toContain(url);
    expect(message.text).not.toContain(UNSUBSCRIBE_PLACEHOLDER);
    expect(REQUESTED_MAIL_KINDS).toEqual(["password_reset"]);
    expect(refusedWordsIn(`${message.subject} ${message.text} ${message.html}`)).toEqual([]);
  });

  it("a Spanish recipient's message is in Spanish: its own subjects, no English words, no refused word in either language", () => {
    const english = /\b(the|and|your|you|with|this|check-in|family|email|open|page|password|something|new|reminder)\b/i;
    for (const kind of MAIL_KINDS) {
      if (kind === "password_reset") continue;
      const message = buildMessage(kind, "https://steady.example.org", "fam1", "es");
      expect(["Algo nuevo en su espacio familiar", "Un recordatorio de su espacio familiar", "Algo nuevo en Steady"]).toContain(message.subject);
      expect(message.html).toContain('<html lang="es">');
      expect(message.text).toContain(UNSUBSCRIBE_PLACEHOLDER);
      // What a person reads: the links are addresses, not words.
      const words = `${message.subject}\n${message.text}\n${message.html.replace(/<[^>]+>/g, " ")}`.replace(/https?:\/\/\S+|\{\{UNSUBSCRIBE_URL\}\}/g, " ").replaceAll("Steady", " ");
      expect({ kind, english: english.exec(words)?.[0] ?? null }).toEqual({ kind, english: null });
      expect(refusedWordsIn(`${message.subject} ${message.text} ${message.html}`)).toEqual([]);
    }
    const reset = buildPasswordResetMessage("https://steady.example.org/api/auth/reset-password/abc123", "es");
    expect(reset.subject).toBe("Elija una contraseña nueva");
    expect(reset.text).toContain("https://steady.example.org/api/auth/reset-password/abc123");
    expect(refusedWordsIn(`${reset.subject} ${reset.text} ${reset.html}`)).toEqual([]);
  });

  it("the refused-word check matches whole words in any case", () => {
    expect(refusedWordsIn("Your NALOXONE is ready")).toEqual(["naloxone"]);
    expect(refusedWordsIn("She may have used.")).toEqual(["used"]);
    expect(refusedWordsIn("because the user is busy")).toEqual([]);
    expect(refusedWordsIn("Jordan called", ["Jordan"])).toEqual(["Jordan"]);
    expect(REFUSED_WORDS).toContain("opioid");
    // Spanish too, with or without accents, in every email.
    expect(refusedWordsIn("Su NALOXONA está lista")).toEqual(["naloxona"]);
    expect(refusedWordsIn("Puede haber una recaída")).toEqual(["recaída"]);
    expect(refusedWordsIn("Vimos señales")).toEqual(["señales"]);
    expect(refusedWordsIn("Usted puede mirar su espacio familiar")).toEqual([]);
    expect(REFUSED_WORDS_ES).toContain("sobredosis");
  });
});

describe("timing", () => {
  it("backoff doubles from a minute up to six hours", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(backoffMs(30)).toBe(6 * 60 * 60_000);
  });

  it("reads the wall clock in a time zone", () => {
    expect(localClock("America/New_York", new Date("2026-01-16T00:10:00Z"))).toEqual({ day: "2026-01-15", weekday: "thursday", hour: 19 });
    expect(localClock("Asia/Tokyo", new Date("2026-01-15T23:10:00Z"))).toEqual({ day: "2026-01-16", weekday: "friday", hour: 8 });
    expect(localClock("UTC", new Date("2026-01-15T00:30:00Z")).hour).toBe(0);
  });
});
