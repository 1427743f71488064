import "server-only";
import { db } from "../db";
import { mailConfigured } from "../env";
import { buildPasswordResetMessage } from "./messages";
import { enqueueMail } from "./outbox";

/**
 * better-auth's sendResetPassword: the link goes through the outbox like every email (durable,
 * retried). Without a mail server nothing is sent: "Forgot your password?" then offers only the
 * recovery code and the family owner's reset link (decision 023).
 */
export async function sendPasswordResetMail(user: { id: string; email: string }, url: string): Promise<void> {
  if (!mailConfigured()) return;
  await enqueueMail(db, { ...buildPasswordResetMessage(url), to: user.email, userId: user.id });
}
