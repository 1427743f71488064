import type { BrowserContext } from "@playwright/test";
import Database from "better-sqlite3";
import { hashPassword } from "better-auth/crypto";
import { createHmac, randomBytes } from "node:crypto";
import { addDaysTo } from "../../../lib/dates";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL } from "../../../playwright.config";
import type { Person } from "./people";

/**
 * A signed-in person on the main e2e server without a sign-up request, as Epic Stack's `login()`
 * does: the user, their password account and a session are written straight into the server's
 * SQLite file, and the browser is given the cookie better-auth would have set (the session token,
 * signed with the server's secret). The account specs still sign up and in through the forms; every
 * other spec only needs someone signed in, and each HTTP sign-up cost the server a password hash.
 * The rows are the ones better-auth writes (checked against its own sign-up by
 * tests/e2e/accounts.spec.ts, "changing the password": the password written here is the one the
 * account page checks).
 */
const SESSION_DAYS = 14;
const COOKIE = "better-auth.session_token";

let database: Database.Database | undefined;
const hashes = new Map<string, Promise<string>>();

function db() {
  database ??= new Database(E2E_DATABASE_URL.slice("file:".length), { timeout: 10_000 });
  return database;
}

/** better-auth's ids and tokens: 32 letters and digits. */
function randomId() {
  return randomBytes(24).toString("base64url").replace(/[-_]/g, "x").slice(0, 32);
}

/** As Prisma stores a DateTime in SQLite. */
const stamp = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** The same signature better-call gives a signed cookie: HMAC-SHA256, standard base64. */
function signedCookieValue(token: string) {
  return encodeURIComponent(`${token}.${createHmac("sha256", E2E_AUTH_SECRET).update(token).digest("base64")}`);
}

/** Creates the account (the password works in the sign-in form) and returns its user id. */
export async function createAccount(person: Person): Promise<string> {
  if (!hashes.has(person.password)) hashes.set(person.password, hashPassword(person.password));
  const hash = await hashes.get(person.password)!;
  const userId = randomId();
  const now = stamp(new Date());
  const insert = db().transaction(() => {
    db().prepare(`INSERT INTO "user" (id, name, email, emailVerified, createdAt, updatedAt) VALUES (?, ?, ?, 0, ?, ?)`).run(userId, person.name, person.email.toLowerCase(), now, now);
    db()
      .prepare(`INSERT INTO "account" (id, accountId, providerId, userId, password, createdAt, updatedAt) VALUES (?, ?, 'credential', ?, ?, ?, ?)`)
      .run(randomId(), userId, userId, hash, now, now);
  });
  insert();
  return userId;
}

/** The id of the account with this email; throws when there is none. */
function userIdOf(email: string): string {
  const user = db().prepare(`SELECT id FROM "user" WHERE email = ?`).get(email.toLowerCase()) as { id: string } | undefined;
  if (!user) throw new Error(`no account for ${email} in the e2e database`);
  return user.id;
}

/** A new session for an existing account, its cookie in the browser context. */
export async function addSession(context: BrowserContext, email: string) {
  const userId = userIdOf(email);
  const token = randomId();
  const now = new Date();
  db()
    .prepare(`INSERT INTO "session" (id, expiresAt, token, createdAt, updatedAt, userId) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(randomId(), stamp(addDaysTo(now, SESSION_DAYS)), token, stamp(now), stamp(now), userId);
  await context.addCookies([{ name: COOKIE, value: signedCookieValue(token), url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * A family owned by whoever is signed in in the browser context, written as lib/family/families.ts
 * `createFamily` writes it (the family and its owner's membership); returns its id. The family
 * specs still create theirs through the form.
 */
export async function createFamilyFor(context: BrowserContext, name: string): Promise<string> {
  const cookie = (await context.cookies(E2E_BASE_URL)).find((c) => c.name === COOKIE);
  const token = cookie && decodeURIComponent(cookie.value).split(".")[0];
  const session = token && (db().prepare(`SELECT userId FROM "session" WHERE token = ?`).get(token) as { userId: string } | undefined);
  if (!session) throw new Error("nobody is signed in in this browser on the e2e server");
  const familyId = randomId();
  const now = stamp(new Date());
  db().transaction(() => {
    db().prepare(`INSERT INTO "Family" (id, name, lovedOneName, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)`).run(familyId, name, now, now);
    db().prepare(`INSERT INTO "Membership" (id, familyId, userId, role, createdAt) VALUES (?, ?, ?, 'owner', ?)`).run(randomId(), familyId, session.userId, now);
  })();
  return familyId;
}

/** Makes an account a counselor, as lib/counselor/profile.ts `becomeCounselor` does at counselor sign-up. */
export function addCounselorProfile(email: string, organization?: string) {
  const userId = userIdOf(email);
  db()
    .prepare(`INSERT INTO "CounselorProfile" (id, userId, organization, createdAt) VALUES (?, ?, ?, ?)`)
    .run(randomId(), userId, organization ?? null, stamp(new Date()));
}

/** The language a person reads in (decision 052), as the /language switch saves it. */
export function setLocale(email: string, locale: "en" | "es") {
  const changed = db().prepare(`UPDATE "user" SET locale = ? WHERE email = ?`).run(locale, email.toLowerCase()).changes;
  if (changed !== 1) throw new Error(`no account for ${email} in the e2e database`);
}

/** The language saved on a person's account. */
export function localeOf(email: string): string | undefined {
  return (db().prepare(`SELECT locale FROM "user" WHERE email = ?`).get(email.toLowerCase()) as { locale: string } | undefined)?.locale;
}
