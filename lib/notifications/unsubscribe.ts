import "server-only";
import { db } from "../db";
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
  const row = await db.mailOutbox.findUnique({ where: { unsubscribeHash: hashToken(token) }, select: { userId: true, familyId: true, kind: true } });
  if (!row?.userId) return null;
  if (row.kind === "counselor_notice") return { userId: row.userId, familyId: null, kind: "counselor_notice" as const };
  if (!row.familyId || !(NOTIFICATION_KINDS as readonly string[]).includes(row.kind)) return null;
  return { userId: row.userId, familyId: row.familyId, kind: row.kind as NotificationKind };
}

export async function isValidUnsubscribeToken(token: unknown): Promise<boolean> {
  return (await findByToken(token)) !== null;
}

/** Turns the kind off. True when the token was good (saying so again is harmless). */
export async function unsubscribe(token: unknown): Promise<boolean> {
  const found = await findByToken(token);
  if (!found) return false;
  if (found.kind === "counselor_notice") await turnOffCounselorEmail(found.userId);
  else await turnOff(found.userId, found.familyId!, found.kind);
  return true;
}
