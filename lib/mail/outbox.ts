import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Database } from "../db";
import { mintToken } from "../sharing/tokens";
import { REQUESTED_MAIL_KINDS, UNSUBSCRIBE_PLACEHOLDER, unsubscribePageUrl, unsubscribeUrl, type BuiltMessage, type MailKind } from "./messages";
import type { MailTransport } from "./transport";
import { errorName, log } from "../observability/log";
import { DAY_MS } from "../dates";
import { isUniqueViolation } from "../errors";

/**
 * The durable outbox (decision 021). Every email is first a row in MailOutbox, written in the
 * same transaction as the event that caused it; a worker then claims due rows, sends them and
 * records the outcome. Rows survive restarts; a failed send is retried with exponential backoff;
 * after MAX_ATTEMPTS the row is marked "failed" and kept (never dropped).
 *
 * Claiming is one conditional UPDATE per row ("still pending, and nobody holds an unexpired
 * lock"): on PostgreSQL two app instances racing for a row both run it, the second one re-checks
 * the condition after the first commits and updates nothing; on SQLite writes are serialized.
 * So exactly one worker sends each row. A worker that dies mid-send leaves a lock that expires
 * after LOCK_MS, and the row is sent again (at-least-once in that one case: a crash between the
 * SMTP server's "250 OK" and the "sent" update).
 */

export const MAX_ATTEMPTS = 8;
export const BASE_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 6 * 60 * 60_000;
export const LOCK_MS = 2 * 60_000;

export type OutboxOptions = {
  workerId?: string;
  from: string;
  appUrl: string;
  now?: () => Date;
  batch?: number;
  lockMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxAttempts?: number;
};

export type NewMail = BuiltMessage & { to: string; userId?: string | null; familyId?: string | null; dedupeKey?: string | null };

/** The client or a transaction on it. */
type Writer = Pick<Database, "mailOutbox">;

/** Adds a message. With a dedupeKey already used, adds nothing and returns false. */
export async function enqueueMail(writer: Writer, mail: NewMail, now: Date = new Date()): Promise<boolean> {
  try {
    await writer.mailOutbox.create({
      data: {
        toAddress: mail.to,
        kind: mail.kind,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        userId: mail.userId ?? null,
        familyId: mail.familyId ?? null,
        dedupeKey: mail.dedupeKey ?? null,
        nextAttemptAt: now,
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Wait before the next try after `attempts` tries: 1 min, 2, 4, 8 … at most 6 hours. */
export function backoffMs(attempts: number, base = BASE_DELAY_MS, max = MAX_DELAY_MS): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

const claimable = (now: Date) => ({
  status: "pending",
  nextAttemptAt: { lte: now },
  OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
});

/**
 * Claims up to `batch` due rows for this worker. Each claim also mints the message's unsubscribe
 * token; only its hash is stored, and the token itself exists only in the email.
 */
export async function claimDue(db: Database, workerId: string, now: Date, batch = 20, lockMs = LOCK_MS) {
  const candidates = await db.mailOutbox.findMany({ where: claimable(now), orderBy: { nextAttemptAt: "asc" }, take: batch, select: { id: true } });
  const claimed: { id: string; token: string }[] = [];
  for (const { id } of candidates) {
    const { token, tokenHash } = mintToken();
    const result = await db.mailOutbox.updateMany({
      where: { id, ...claimable(now) },
      data: { lockedBy: workerId, lockedUntil: new Date(now.getTime() + lockMs), attempts: { increment: 1 }, unsubscribeHash: tokenHash },
    });
    if (result.count === 1) claimed.push({ id, token });
  }
  if (claimed.length === 0) return [];
  const rows = await db.mailOutbox.findMany({ where: { id: { in: claimed.map((c) => c.id) }, lockedBy: workerId } });
  const tokens = new Map(claimed.map((c) => [c.id, c.token]));
  return rows.map((row) => ({ ...row, token: tokens.get(row.id)! }));
}

/** A short reason for the log and the row: the SMTP code and first words, never the message. */
function reason(error: unknown): string {
  if (typeof error !== "object" || error === null) return "error";
  const e = error as { responseCode?: number; code?: string; message?: string };
  return [e.responseCode, e.code, e.message?.split("\n")[0]].filter(Boolean).join(" ").slice(0, 200) || "error";
}

export type DrainResult = { claimed: number; sent: number; retried: number; failed: number };

/** One pass: claim what is due, send it, record each outcome. */
export async function processOutbox(db: Database, transport: MailTransport, options: OutboxOptions): Promise<DrainResult> {
  const workerId = options.workerId ?? newWorkerId();
  const now = (options.now ?? (() => new Date()))();
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const rows = await claimDue(db, workerId, now, options.batch ?? 20, options.lockMs ?? LOCK_MS);
  const result: DrainResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  for (const row of rows) {
    const page = unsubscribePageUrl(options.appUrl, row.token);
    const oneClick = unsubscribeUrl(options.appUrl, row.token);
    try {
      await transport.sendMail({
        from: options.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, page),
        html: row.html?.replaceAll(UNSUBSCRIBE_PLACEHOLDER, page) ?? undefined,
        headers: REQUESTED_MAIL_KINDS.includes(row.kind as MailKind)
          ? { "Auto-Submitted": "auto-generated" }
          : { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Auto-Submitted": "auto-generated" },
      });
      await db.mailOutbox.updateMany({
        where: { id: row.id, lockedBy: workerId },
        data: { status: "sent", sentAt: (options.now ?? (() => new Date()))(), lockedUntil: null, lastError: null },
      });
      result.sent++;
    } catch (error) {
      const giveUp = row.attempts >= maxAttempts;
      await db.mailOutbox.updateMany({
        where: { id: row.id, lockedBy: workerId },
        data: giveUp
          ? { status: "failed", lockedUntil: null, lastError: reason(error) }
          : {
              lockedUntil: null,
              lastError: reason(error),
              nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts, options.baseDelayMs, options.maxDelayMs)),
            },
      });
      if (giveUp) result.failed++;
      else result.retried++;
      // The reason stays on the row (lastError) for the operator; a log line never quotes an SMTP reply (it can name the address).
      log.warn({ mail: row.id, attempt: row.attempts, gaveUp: giveUp, error: errorName(error) }, "mail not sent");
    }
  }
  return result;
}

/** Counts by status, and how many tries it took: for the operator and the tests. */
export async function outboxFigures(db: Database) {
  const rows = await db.mailOutbox.findMany({ select: { status: true, attempts: true } });
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    total: rows.length,
    sent: count("sent"),
    pending: count("pending"),
    failed: count("failed"),
    /** Rows that needed more than one try. */
    retried: rows.filter((r) => r.attempts > 1).length,
    attempts: rows.reduce((sum, r) => sum + r.attempts, 0),
  };
}

/** How long a sent message's row is kept (its unsubscribe link works that long). Failed rows stay. */
export const SENT_KEEP_DAYS = 90;

/** Deletes rows sent more than SENT_KEEP_DAYS ago: an address and a bland text, kept no longer than needed. */
export async function purgeSent(db: Database, now: Date = new Date(), days = SENT_KEEP_DAYS): Promise<number> {
  const { count } = await db.mailOutbox.deleteMany({ where: { status: "sent", sentAt: { lt: new Date(now.getTime() - days * DAY_MS) } } });
  return count;
}
