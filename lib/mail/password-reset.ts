import "server-only";
import { db } from "../db";
import { mailConfigured } from "../env";
import { buildPasswordResetMessage } from "./messages";
import { enqueueMail } from "./outbox";
import { toLocale } from "../i18n/locales";

/**
 * better-auth's sendResetPassword: the link goes through the outbox like every email (durable,
 * retried). Without a mail server nothing is sent: "Forgot your password?" then offers only the
 * recovery code and the family owner's reset link (decision 023).
 */
export async function sendPasswordResetMail(user: { id: string; email: string }, url: string): Promise<void> {
  if (!mailConfigured()) return;
  // In the account's language (decision 052): the person is signed out, so it is read from the account.
  const account = await db.user.findUnique({ where: { id: user.id }, select: { locale: true } });
  await enqueueMail(db, { ...buildPasswordResetMessage(url, toLocale(account?.locale)), to: user.email, userId: user.id });
}
