import "server-only";
import { db } from "../db";
import { toLocale, type Locale } from "../i18n/locales";
import { hashToken, isWellFormedToken } from "../sharing/tokens";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { turnOff } from "./preferences";
import { turnOffCounselorEmail } from "./counselor-notices";

/**
 * One-click unsubscribe (RFC 8058). Each sent email carries a random token; only its hash is kept
 * on the outbox row, which says whose email it was, for which family and kind. The token turns
 * that one kind off for that person and family, without signing in. Opening the page changes
 * nothing; only a POST does.
 */
async function findByToken(token: unknown) {
  if (!isWellFormedToken(token)) return null;
  const row = await db.mailOutbox.findUnique({
    where: { unsubscribeHash: hashToken(token) },
    select: { userId: true, familyId: true, kind: true, user: { select: { locale: true } } },
  });
  if (!row?.userId) return null;
  const locale = toLocale(row.user?.locale);
  if (row.kind === "counselor_notice") return { userId: row.userId, familyId: null, kind: "counselor_notice" as const, locale };
  if (!row.familyId || !(NOTIFICATION_KINDS as readonly string[]).includes(row.kind)) return null;
  return { userId: row.userId, familyId: row.familyId, kind: row.kind as NotificationKind, locale };
}

export async function isValidUnsubscribeToken(token: unknown): Promise<boolean> {
  return (await findByToken(token)) !== null;
}

/**
 * The language the email was written in (its recipient's, decision 052), so the page its link
 * opens can answer in it; null when the token is not a good one. Says nothing else about them.
 */
export async function unsubscribeTokenLocale(token: unknown): Promise<Locale | null> {
  return (await findByToken(token))?.locale ?? null;
}

/** Turns the kind off. True when the token was good (saying so again is harmless). */
export async function unsubscribe(token: unknown): Promise<boolean> {
  const found = await findByToken(token);
  if (!found) return false;
  if (found.kind === "counselor_notice") await turnOffCounselorEmail(found.userId);
  else await turnOff(found.userId, found.familyId!, found.kind);
  return true;
}
