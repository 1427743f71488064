import { env } from "../env";

/**
 * Slows down password guessing on our forms (sign-in, change password, delete account): after 5
 * failed attempts for one email within 15 minutes, further attempts are refused until the window
 * passes. better-auth's
 * own limiter covers its HTTP API (keyed by IP); this one covers the server action (keyed by the
 * account). In memory: one app process, and a restart only forgives recent failures.
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;
const failures = new Map<string, number[]>();

const key = (email: string) => email.trim().toLowerCase();

function recent(email: string, now: number) {
  const list = (failures.get(key(email)) ?? []).filter((t) => now - t < WINDOW_MS);
  // Keep only emails with recent failures, so the map cannot grow with every address ever tried.
  if (list.length) failures.set(key(email), list);
  else failures.delete(key(email));
  return list;
}

/** Minutes to wait before another attempt, or 0 when the attempt may go ahead. */
export function signInWaitMinutes(email: string, now = Date.now()): number {
  if (env().AUTH_RATE_LIMIT === "off") return 0;
  const list = recent(email, now);
  if (list.length < MAX_FAILURES) return 0;
  return Math.max(1, Math.ceil((list[0]! + WINDOW_MS - now) / 60_000));
}

export function recordSignInFailure(email: string, now = Date.now()) {
  failures.set(key(email), [...recent(email, now), now]);
}

export function clearSignInFailures(email: string) {
  failures.delete(key(email));
}
