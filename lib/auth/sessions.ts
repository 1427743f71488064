import "server-only";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { assertUserId, requireId, type Actor } from "../family/access";
import { auth } from "./auth";

export type SessionSummary = { id: string; device: string | null; lastSeen: Date; signedIn: Date; current: boolean };

async function currentSessionId(requestHeaders: Headers) {
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session?.session.id;
}

/**
 * The person's active sessions for /account: device (a coarse name, lib/auth/device.ts, put in the
 * reader's words by deviceName; null when unknown) and when it
 * was last seen (sessions are refreshed once a day, so "last seen" is to the day). Tokens never
 * leave the server; a session is named by its id.
 */
export async function listSessions(actor: Actor, requestHeaders: Headers): Promise<SessionSummary[]> {
  assertUserId(actor.userId);
  const current = await currentSessionId(requestHeaders);
  const rows = await db.session.findMany({
    where: { userId: actor.userId, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, createdAt: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
  });
  return rows
    .map((row) => ({ id: row.id, device: row.userAgent, lastSeen: row.updatedAt, signedIn: row.createdAt, current: row.id === current }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the person's own other sessions; someone else's id, or this session's, is NotFound. */
export async function endSession(actor: Actor, sessionId: unknown, requestHeaders: Headers) {
  assertUserId(actor.userId);
  const id = requireId(sessionId);
  if (id === (await currentSessionId(requestHeaders))) throw new NotFoundError();
  const { count } = await db.session.deleteMany({ where: { id, userId: actor.userId } });
  if (count === 0) throw new NotFoundError();
}

/** Ends every session of the person's but this one; returns how many ended. */
export async function endOtherSessions(actor: Actor, requestHeaders: Headers) {
  assertUserId(actor.userId);
  const current = await currentSessionId(requestHeaders);
  if (!current) throw new NotFoundError();
  const { count } = await db.session.deleteMany({ where: { userId: actor.userId, id: { not: current } } });
  return count;
}
