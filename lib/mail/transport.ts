import nodemailer from "nodemailer";

/** What the outbox needs from a transport; nodemailer's Transporter is one. */
export type MailTransport = {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
};

/** A nodemailer transport from SMTP_URL (smtp:// or smtps://, user and password in the URL). */
export function smtpTransport(smtpUrl: string): MailTransport {
  // Timeouts well under the outbox lock (2 minutes), so a stuck send never outlives its claim.
  return nodemailer.createTransport(smtpUrl, { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 } as never) as unknown as MailTransport;
}
