import "server-only";
import { createHmac, randomUUID } from "node:crypto";
import { db } from "../db";
import { duration, isUniqueViolation, RateLimitedError } from "../errors";
import { env } from "../env";
import { authSecret } from "./secret";

/**
 * Rate limits kept in the database (table rateLimit), so they hold across restarts and across
 * every instance on one PostgreSQL database. docs/decisions/010-rate-limits.md gives the figures.
 *
 * Each rule counts events per subject (an account, an address, or both) in a fixed window. The
 * count and the check are one conditional UPDATE, so two instances cannot both take the last try.
 * Keys are HMAC-SHA256(secret, rule|subject): no email or IP address is stored in the clear.
 */
export type Rule = { name: string; window: number; max: number };

const MIN = 60;
const HOUR = 60 * MIN;

export const RULES = {
  /** Sign-in tries for one account from one address: the attacker at one address stops here. */
  signInAccountAddress: { name: "signin-acct-addr", window: 15 * MIN, max: 5 },
  /** Sign-in tries from one address, whatever the accounts: stops spraying many emails. */
  signInAddress: { name: "signin-addr", window: 15 * MIN, max: 20 },
  /** Sign-in tries for one account from addresses it was never signed in from, before slowing. */
  signInAccount: { name: "signin-acct", window: HOUR, max: 10 },
  /** Once slowed: one try per 2 minutes for the account, from addresses it was never signed in from. */
  signInAccountSlow: { name: "signin-acct-slow", window: 2 * MIN, max: 1 },
  /** Where the account signed in before (30 days): spread guessing elsewhere does not slow the owner here. */
  knownAddress: { name: "known", window: 30 * 24 * HOUR, max: 1_000_000 },
  /** Password checks by a signed-in person (change password, delete account). */
  passwordCheck: { name: "password-check", window: 15 * MIN, max: 5 },
  /** New accounts from one address. */
  signUpAddress: { name: "signup-addr", window: HOUR, max: 10 },
  /** Invitation and link creation. */
  createLinkAccount: { name: "link-acct", window: HOUR, max: 30 },
  createLinkAddress: { name: "link-addr", window: HOUR, max: 60 },
  /** Opening invitations and connection links (guessing tokens). */
  redeemTokenAccount: { name: "redeem-acct", window: 15 * MIN, max: 10 },
  redeemTokenAddress: { name: "redeem-addr", window: 15 * MIN, max: 20 },
  /** Recovery-code tries for one account from one address, and for one account from anywhere. */
  recoverAccountAddress: { name: "recover-acct-addr", window: 15 * MIN, max: 5 },
  recoverAccount: { name: "recover-acct", window: HOUR, max: 10 },
  /** "Forgot your password?" emails: per account (whoever asks) and per address. */
  resetEmailAccount: { name: "reset-mail-acct", window: HOUR, max: 3 },
  resetEmailAddress: { name: "reset-mail-addr", window: HOUR, max: 10 },
  /** Check-ins, plans and other family writes. */
  writeAccount: { name: "write-acct", window: 10 * MIN, max: 120 },
  writeAddress: { name: "write-addr", window: 10 * MIN, max: 240 },
} as const satisfies Record<string, Rule>;


export { RateLimitedError };

/**
 * The slowdown of guessing spread over many addresses: its own words (Auth.errors.slowed…, chosen
 * where they are shown), which tell the owner they can still sign in from a network they used.
 */
export class SlowedSignInError extends RateLimitedError {
  constructor(retryAfter: number) {
    // The HTTP API's words (English); our forms show Auth.errors.slowed… in the reader's language.
    super(
      retryAfter,
      `This account is getting many sign-in tries from elsewhere, so we are slowing them down. Wait ${duration(retryAfter)} and try again. From a network you signed in from before, you can sign in now.`,
    );
    this.name = "SlowedSignInError";
  }
}

export type Decision = { allowed: true } | { allowed: false; retryAfter: number };

let secret: string | undefined;
function keyOf(rule: Rule, subject: string) {
  secret ??= authSecret(env().BETTER_AUTH_SECRET);
  return `${rule.name}:${createHmac("sha256", secret).update(`${rule.name}|${subject}`).digest("base64url")}`;
}

export function limitsEnabled() {
  return env().AUTH_RATE_LIMIT === "on";
}

const retryAfter = (start: bigint, rule: Rule, now: number) => Math.max(1, Math.ceil((Number(start) + rule.window * 1000 - now) / 1000));

/** Counts one event; refused (and not counted) when the subject already used its window's tries. */
export async function consume(rule: Rule, subject: string, now = Date.now()): Promise<Decision> {
  return consumeKey(keyOf(rule, subject), rule, now);
}

async function consumeKey(key: string, rule: Rule, now: number, attempt = 0): Promise<Decision> {
  const windowStart = BigInt(now - rule.window * 1000);
  // In the window with tries left: count this one.
  const counted = await db.rateLimit.updateMany({ where: { key, lastRequest: { gt: windowStart }, count: { lt: rule.max } }, data: { count: { increment: 1 } } });
  if (counted.count) return { allowed: true };
  // The window is over: this event starts a new one.
  const restarted = await db.rateLimit.updateMany({ where: { key, lastRequest: { lte: windowStart } }, data: { count: 1, lastRequest: BigInt(now) } });
  if (restarted.count) return { allowed: true };
  const row = await db.rateLimit.findUnique({ where: { key }, select: { lastRequest: true, count: true } });
  if (row) {
    if (row.lastRequest > windowStart && row.count >= rule.max) return { allowed: false, retryAfter: retryAfter(row.lastRequest, rule, now) };
  } else {
    try {
      await db.rateLimit.create({ data: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) } });
      if (Math.random() < 0.02) await prune(now);
      return { allowed: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  // Another request changed the row meanwhile: decide again on what is there now.
  if (attempt < 5) return consumeKey(key, rule, now, attempt + 1);
  return { allowed: false, retryAfter: 1 };
}

/** Whether the subject still has tries left, without counting one. */
export async function check(rule: Rule, subject: string, now = Date.now()): Promise<Decision> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(rule, subject) }, select: { lastRequest: true, count: true } });
  if (!row || row.lastRequest <= BigInt(now - rule.window * 1000) || row.count < rule.max) return { allowed: true };
  return { allowed: false, retryAfter: retryAfter(row.lastRequest, rule, now) };
}

/** Forgets a subject's count (a successful sign-in clears that account's count at that address). */
export async function reset(rule: Rule, subject: string) {
  await db.rateLimit.deleteMany({ where: { key: keyOf(rule, subject) } });
}

/** Marks something (seen = 1) for the rule's window. */
export async function remember(rule: Rule, subject: string, now = Date.now()) {
  await consume(rule, subject, now);
}

export async function remembered(rule: Rule, subject: string, now = Date.now()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(rule, subject) }, select: { lastRequest: true } });
  return !!row && row.lastRequest > BigInt(now - rule.window * 1000);
}

/** Old rows go now and then, so the table holds only live windows. */
async function prune(now: number) {
  const longest = Math.max(...Object.values(RULES).filter((r) => r !== RULES.knownAddress).map((r) => r.window));
  await db.rateLimit.deleteMany({
    where: {
      OR: [
        { lastRequest: { lt: BigInt(now - RULES.knownAddress.window * 1000) } },
        { lastRequest: { lt: BigInt(now - longest * 1000) }, NOT: { key: { startsWith: `${RULES.knownAddress.name}:` } } },
      ],
    },
  });
}

/**
 * better-auth's own limiter (its HTTP API, keyed by address and path) stores its counts here too.
 * Its key is "address|path"; ours are HMACs of it.
 */
export const betterAuthStorage = {
  async consume(key: string, rule: { window: number; max: number }) {
    const decision = await consume({ name: "api", window: rule.window, max: rule.max }, key);
    return decision.allowed ? { allowed: true, retryAfter: null } : { allowed: false, retryAfter: decision.retryAfter };
  },
};

/** Every rule must allow the event; counts it against each. Throws RateLimitedError otherwise. */
export async function enforce(...checks: [Rule, string][]) {
  if (!limitsEnabled()) return;
  for (const [rule, subject] of checks) {
    const decision = await consume(rule, subject);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfter);
  }
}

const account = (email: string) => email.trim().toLowerCase();

/**
 * Before a sign-in try. The attacker at one address is stopped after 5 tries for an account; the
 * account's owner at another address is not (the count is per account AND address). Guessing
 * spread over many addresses is slowed, not blocked: after 10 tries in an hour from addresses the
 * account never signed in from, one try per 2 minutes, while the owner at an address they signed
 * in from before goes straight through.
 */
export async function beforeSignIn(email: string, address: string, now = Date.now()) {
  if (!limitsEnabled()) return;
  const who = account(email);
  const pair = `${who}|${address}`;
  for (const rule of [RULES.signInAddress, RULES.signInAccountAddress]) {
    const decision = await consume(rule, rule === RULES.signInAddress ? address : pair, now);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfter);
  }
  if (await remembered(RULES.knownAddress, pair, now)) return;
  const spread = await consume(RULES.signInAccount, who, now);
  if (spread.allowed) return;
  const slow = await consume(RULES.signInAccountSlow, who, now);
  if (!slow.allowed) {
    throw new SlowedSignInError(slow.retryAfter);
  }
}

/** After a successful sign-in: that address is known for the account, and its count starts over. */
export async function afterSignIn(email: string, address: string, now = Date.now()) {
  if (!limitsEnabled()) return;
  const pair = `${account(email)}|${address}`;
  await reset(RULES.signInAccountAddress, pair);
  await remember(RULES.knownAddress, pair, now);
}
