import { SITE_NAME } from "../site";
import { refusedWordsIn } from "./refused-words";

/**
 * What each kind of email says. Every email is bland on purpose (decision 021): a subject that
 * says only that there is something new, a line of plain words, a link into the family space, and
 * how to stop this kind of email. No names, notes, signs, stages, dates or numbers: those are
 * shown inside the app, after signing in, under "Since you last looked".
 */
/** What family members can choose to hear about (decision 022). */
export const FAMILY_MAIL_KINDS = ["alert", "reminder", "naloxone", "quiet", "weekly", "counselor"] as const;
export type FamilyMailKind = (typeof FAMILY_MAIL_KINDS)[number];
/** Every kind of email: the family kinds, and the counselor's own notice (a family connected, changed or ended). */
export const MAIL_KINDS = [...FAMILY_MAIL_KINDS, "counselor_notice", "password_reset"] as const;
/** Mail a person asked for (a password reset): no unsubscribe, there is nothing to stop. */
export const REQUESTED_MAIL_KINDS: readonly MailKind[] = ["password_reset"];
export type MailKind = (typeof MAIL_KINDS)[number];

/** Replaced with the real link when the message is sent (the token is minted then; lib/mail/outbox.ts). */
export const UNSUBSCRIBE_PLACEHOLDER = "{{UNSUBSCRIBE_URL}}";

export const SUBJECT_NEW = "Something new in your family space";
export const SUBJECT_REMINDER = "A reminder from your family space";
export const SUBJECT_COUNSELOR = `Something new in ${SITE_NAME}`;

const lines: Record<Exclude<MailKind, "password_reset">, { subject: string; lead: string; path: (familyId: string) => string; button: string }> = {
  alert: {
    subject: SUBJECT_NEW,
    lead: "Something new was added to your family space. Please look when you can.",
    path: (id) => `/family/${id}#since-you-last-looked`,
    button: "Open your family space",
  },
  reminder: {
    subject: SUBJECT_REMINDER,
    lead: "This is the reminder you asked for. When you have a quiet moment, you can add a few words to your family space.",
    path: (id) => `/family/${id}/check-ins/new`,
    button: "Open your family space",
  },
  naloxone: {
    subject: SUBJECT_NEW,
    lead: "There is something in your family space to look at soon.",
    path: (id) => `/family/${id}#since-you-last-looked`,
    button: "Open your family space",
  },
  quiet: {
    subject: SUBJECT_NEW,
    lead: "It has been a while since anyone added to your family space.",
    path: (id) => `/family/${id}#since-you-last-looked`,
    button: "Open your family space",
  },
  weekly: {
    subject: SUBJECT_NEW,
    lead: "Your weekly look back is ready in your family space.",
    path: (id) => `/family/${id}#since-you-last-looked`,
    button: "Open your family space",
  },
  counselor: {
    subject: SUBJECT_NEW,
    lead: "There is a change in who can see your family space.",
    path: (id) => `/family/${id}#since-you-last-looked`,
    button: "Open your family space",
  },
  counselor_notice: {
    subject: SUBJECT_COUNSELOR,
    lead: "A family you work with made a change in what they share with you.",
    path: () => "/counselor#since-you-last-looked",
    button: "Open your page",
  },
};

export type BuiltMessage = { kind: MailKind; subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/**
 * The message for one kind, for one family space. Takes only the app's address and the family's
 * id: there is no way to pass a name or a note in. The unsubscribe link is a placeholder until
 * sending.
 */
export function buildMessage(kind: Exclude<MailKind, "password_reset">, appUrl: string, familyId: string): BuiltMessage {
  const line = lines[kind];
  const link = new URL(line.path(encodeURIComponent(familyId)), appUrl).toString();
  const text = [
    line.lead,
    "",
    `${line.button}:`,
    link,
    "",
    "You may be asked for your password first.",
    "",
    "--",
    kind === "counselor_notice" ? "You get this email because you chose it on your page." : "You get this email because you chose it in your family space.",
    `To stop this kind of email, open: ${UNSUBSCRIBE_PLACEHOLDER}`,
    "",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:17px;line-height:1.5;color:#1f2933">
<p>${escapeHtml(line.lead)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 18px;background:#1d4ed8;color:#ffffff;border-radius:8px;text-decoration:none">${escapeHtml(line.button)}</a></p>
<p style="color:#52606d">You may be asked for your password first.</p>
<hr>
<p style="color:#52606d;font-size:14px">${kind === "counselor_notice" ? "You get this email because you chose it on your page." : "You get this email because you chose it in your family space."} <a href="${UNSUBSCRIBE_PLACEHOLDER}">Stop this kind of email</a>.</p>
</body></html>`;
  const message = { kind, subject: line.subject, text, html };
  // A guard against an edit to the words above: never send a refused word.
  const found = refusedWordsIn(`${message.subject}\n${message.text}\n${message.html}`);
  if (found.length) throw new Error(`mail text for "${kind}" contains refused words: ${found.join(", ")}`);
  return message;
}

/** The one-click unsubscribe address for a token (RFC 8058: POST here turns the kind off). */
export function unsubscribeUrl(appUrl: string, token: string): string {
  return new URL(`/api/unsubscribe/${token}`, appUrl).toString();
}

/** The page a person opens from the email's link: it asks before changing anything. */
export function unsubscribePageUrl(appUrl: string, token: string): string {
  return new URL(`/unsubscribe/${token}`, appUrl).toString();
}

export const SUBJECT_PASSWORD = "Choose a new password";

/**
 * "Forgot your password?" by email (better-auth's flow, lib/auth/auth.ts). The link is the only
 * thing in it; it works for an hour and once. No unsubscribe line: the person asked for it.
 */
export function buildPasswordResetMessage(resetUrl: string): BuiltMessage {
  const text = [
    "Someone asked to choose a new password for your account. If it was you, open this link within one hour:",
    "",
    resetUrl,
    "",
    "Choosing a new password logs you out on every device.",
    "If it was not you, you can ignore this email. Your password stays the same.",
    "",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:17px;line-height:1.5;color:#1f2933">
<p>Someone asked to choose a new password for your account. If it was you, open this link within one hour:</p>
<p><a href="${escapeHtml(resetUrl)}" style="display:inline-block;padding:12px 18px;background:#1d4ed8;color:#ffffff;border-radius:8px;text-decoration:none">Choose a new password</a></p>
<p style="color:#52606d">Choosing a new password logs you out on every device. If it was not you, you can ignore this email. Your password stays the same.</p>
</body></html>`;
  const message = { kind: "password_reset" as const, subject: SUBJECT_PASSWORD, text, html };
  const found = refusedWordsIn(`${message.subject}\n${message.text}\n${message.html}`);
  if (found.length) throw new Error(`password reset mail contains refused words: ${found.join(", ")}`);
  return message;
}
