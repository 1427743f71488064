import { SITE_NAME } from "../site";
import { translator, type MessageKey } from "../i18n/text";
import type { Locale } from "../i18n/locales";
import { MAIL_KINDS, REQUESTED_MAIL_KINDS, FAMILY_MAIL_KINDS, type FamilyMailKind, type MailKind } from "./kinds";
import { refusedWordsIn } from "./refused-words";

export { FAMILY_MAIL_KINDS, MAIL_KINDS, REQUESTED_MAIL_KINDS, type FamilyMailKind, type MailKind };

/**
 * What each kind of email says. Every email is bland on purpose (decision 021): a subject that
 * says only that there is something new, a line of plain words, a link into the family space, and
 * how to stop this kind of email. No names, notes, signs, stages, dates or numbers: those are
 * shown inside the app, after signing in, under "Since you last looked".
 *
 * Each email is written in its recipient's language (User.locale, decision 052): the words are in
 * messages/<locale>/notifications.json, namespace Email. The language is chosen when the email is
 * queued; the outbox stores the finished text.
 */

/** Replaced with the real link when the message is sent (the token is minted then; lib/mail/outbox.ts). */
export const UNSUBSCRIBE_PLACEHOLDER = "{{UNSUBSCRIBE_URL}}";

const english = translator("en");
export const SUBJECT_NEW = english("Email.subjects.new");
export const SUBJECT_REMINDER = english("Email.subjects.reminder");
export const SUBJECT_COUNSELOR = english("Email.subjects.counselor", { site: SITE_NAME });
export const SUBJECT_PASSWORD = english("Email.subjects.password");

type Line = { subject: (t: ReturnType<typeof translator>) => string; lead: MessageKey; path: (familyId: string) => string; button: MessageKey };

const toFamily = (id: string) => `/family/${id}#since-you-last-looked`;
const newThing = (t: ReturnType<typeof translator>) => t("Email.subjects.new");

const lines: Record<Exclude<MailKind, "password_reset">, Line> = {
  alert: { subject: newThing, lead: "Email.leads.alert", path: toFamily, button: "Email.buttons.family" },
  reminder: { subject: (t) => t("Email.subjects.reminder"), lead: "Email.leads.reminder", path: (id) => `/family/${id}/check-ins/new`, button: "Email.buttons.family" },
  naloxone: { subject: newThing, lead: "Email.leads.naloxone", path: toFamily, button: "Email.buttons.family" },
  quiet: { subject: newThing, lead: "Email.leads.quiet", path: toFamily, button: "Email.buttons.family" },
  weekly: { subject: newThing, lead: "Email.leads.weekly", path: toFamily, button: "Email.buttons.family" },
  counselor: { subject: newThing, lead: "Email.leads.counselor", path: toFamily, button: "Email.buttons.family" },
  counselor_notice: { subject: (t) => t("Email.subjects.counselor", { site: SITE_NAME }), lead: "Email.leads.counselor_notice", path: () => "/counselor#since-you-last-looked", button: "Email.buttons.counselor" },
};

export type BuiltMessage = { kind: MailKind; subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** A guard against an edit to the words: never send a refused word, in either language. */
function checked(message: BuiltMessage): BuiltMessage {
  const found = refusedWordsIn(`${message.subject}\n${message.text}\n${message.html}`);
  if (found.length) throw new Error(`mail text for "${message.kind}" contains refused words: ${found.join(", ")}`);
  return message;
}

/**
 * The message for one kind, for one family space, in the recipient's language. Takes only the
 * app's address, the family's id and the language: there is no way to pass a name or a note in.
 * The unsubscribe link is a placeholder until sending.
 */
export function buildMessage(kind: Exclude<MailKind, "password_reset">, appUrl: string, familyId: string, locale: Locale = "en"): BuiltMessage {
  const t = translator(locale);
  const line = lines[kind];
  const link = new URL(line.path(encodeURIComponent(familyId)), appUrl).toString();
  const lead = t(line.lead);
  const button = t(line.button);
  const why = t(kind === "counselor_notice" ? "Email.whyCounselor" : "Email.whyFamily");
  const text = [lead, "", `${button}:`, link, "", t("Email.password"), "", "--", why, t("Email.stopOpen", { url: UNSUBSCRIBE_PLACEHOLDER }), ""].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;font-size:17px;line-height:1.5;color:#1f2933">
<p>${escapeHtml(lead)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 18px;background:#1d4ed8;color:#ffffff;border-radius:8px;text-decoration:none">${escapeHtml(button)}</a></p>
<p style="color:#52606d">${escapeHtml(t("Email.password"))}</p>
<hr>
<p style="color:#52606d;font-size:14px">${escapeHtml(why)} <a href="${UNSUBSCRIBE_PLACEHOLDER}">${escapeHtml(t("Email.stopLink"))}</a>.</p>
</body></html>`;
  return checked({ kind, subject: line.subject(t), text, html });
}

/** The one-click unsubscribe address for a token (RFC 8058: POST here turns the kind off). */
export function unsubscribeUrl(appUrl: string, token: string): string {
  return new URL(`/api/unsubscribe/${token}`, appUrl).toString();
}

/** The page a person opens from the email's link: it asks before changing anything. */
export function unsubscribePageUrl(appUrl: string, token: string): string {
  return new URL(`/unsubscribe/${token}`, appUrl).toString();
}

/**
 * "Forgot your password?" by email (better-auth's flow, lib/auth/auth.ts), in the account's
 * language. The link is the only thing in it; it works for an hour and once. No unsubscribe
 * line: the person asked for it.
 */
export function buildPasswordResetMessage(resetUrl: string, locale: Locale = "en"): BuiltMessage {
  const t = translator(locale);
  const text = [t("Email.reset.lead"), "", resetUrl, "", t("Email.reset.logsOut"), t("Email.reset.notYou"), ""].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;font-size:17px;line-height:1.5;color:#1f2933">
<p>${escapeHtml(t("Email.reset.lead"))}</p>
<p><a href="${escapeHtml(resetUrl)}" style="display:inline-block;padding:12px 18px;background:#1d4ed8;color:#ffffff;border-radius:8px;text-decoration:none">${escapeHtml(t("Email.reset.button"))}</a></p>
<p style="color:#52606d">${escapeHtml(t("Email.reset.logsOut"))} ${escapeHtml(t("Email.reset.notYou"))}</p>
</body></html>`;
  return checked({ kind: "password_reset", subject: t("Email.subjects.password"), text, html });
}
