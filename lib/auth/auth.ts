import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { databaseKind } from "../db/database-url";
import { env } from "../env";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./password";
import { authSecret } from "./secret";
import { afterSignIn, beforeSignIn, betterAuthStorage, enforce, RateLimitedError, RULES, SlowedSignInError } from "./limits";
import { PEER_HEADER, requestAddress } from "../net/client-address";
import { deviceLabel } from "./device";
import { nameProblem } from "./names";
import { sendPasswordResetMail } from "../mail/password-reset";
import { browserLocale } from "../i18n/browser-locale";
import { englishRule, waitWords } from "./api-errors";

const config = env();
const DAY = 60 * 60 * 24;

/**
 * better-auth: email + password, sessions stored in the database (docs/decisions/006-auth.md).
 * Password hashing (scrypt), session tokens and cookies are the library's; we add the password
 * rules and privacy settings.
 */
export const auth = betterAuth({
  appName: "Steady",
  baseURL: config.APP_URL,
  trustedOrigins: [config.APP_URL],
  secret: authSecret(config.BETTER_AUTH_SECRET),
  database: prismaAdapter(db, { provider: databaseKind(config.DATABASE_URL) === "postgres" ? "postgresql" : "sqlite" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
    autoSignIn: true,
    // "Forgot your password?" by email, when a mail server is configured (lib/mail): a link that
    // works once, for an hour; using it signs the account out everywhere.
    sendResetPassword: ({ user, url }) => sendPasswordResetMail(user, url),
    resetPasswordTokenExpiresIn: 60 * 60,
    revokeSessionsOnPasswordReset: true,
  },
  session: { expiresIn: 14 * DAY, updateAge: DAY },
  // Accounts are deleted only through lib/account (its rules and one transaction), never the raw endpoint.
  // The person's language (decision 052): chosen on the pages, never through the API's body.
  user: { deleteUser: { enabled: false }, additionalFields: { locale: { type: "string", required: false, defaultValue: "en", input: false } } },
  // better-auth's limiter guards its HTTP API by address and path; its counts live in our
  // rateLimit table (lib/auth/limits.ts), so they hold across restarts and instances. The address
  // is the one scripts/serve.mjs stamped from the socket (or the trusted proxy), never a
  // client's X-Forwarded-For. Our own per-account rules run in the hooks below, for the HTTP API
  // and our forms alike.
  rateLimit: {
    enabled: config.AUTH_RATE_LIMIT === "on",
    window: 60,
    max: 100,
    customStorage: betterAuthStorage,
    customRules: {
      "/sign-in/email": { window: 60, max: 10 },
      "/sign-up/email": { window: 60, max: 5 },
      "/change-password": { window: 60, max: 5 },
      "/verify-password": { window: 60, max: 5 },
      "/request-password-reset": { window: 60, max: 3 },
      "/reset-password": { window: 60, max: 10 },
    },
  },
  advanced: {
    ipAddress: { ipAddressHeaders: [PEER_HEADER] },
    useSecureCookies: config.NODE_ENV === "production" && config.APP_URL.startsWith("https:"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  databaseHooks: {
    // No IP address with a session, and only a coarse device name ("Firefox on Android") for the
    // sessions list in /account, never the full user agent.
    session: { create: { before: async (session) => ({ data: { ...session, ipAddress: null, userAgent: deviceLabel(session.userAgent) } }) } },
    // A new account reads in the language this browser chose before signing up.
    user: { create: { before: async (user) => ({ data: { ...user, locale: await browserLocale() } }) } },
  },
  hooks: {
    // The same rules for every way in, not only our forms: names and passwords as the forms check them.
    before: createAuthMiddleware(async (ctx) => {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === "string" ? value : "");
      if (ctx.path === "/update-user") {
        // The app never shows a picture: an image URL (say "javascript:…") is refused, not stored.
        const unknown = Object.keys(body).filter((key) => key !== "name");
        if (unknown.length) throw new APIError("BAD_REQUEST", { message: "Only your name can be changed here.", code: "UNSUPPORTED_FIELD" });
      }
      if ((ctx.path === "/sign-up/email" || ctx.path === "/update-user") && ("name" in body || ctx.path === "/sign-up/email")) {
        const problem = nameProblem(body.name);
        if (problem) throw new APIError("BAD_REQUEST", { message: englishRule(problem), code: "INVALID_NAME", key: problem });
      }
      const candidate = ctx.path === "/sign-up/email" ? body.password : ctx.path === "/change-password" || ctx.path === "/reset-password" ? body.newPassword : undefined;
      if (candidate !== undefined) {
        const problem = passwordProblem(text(candidate), [text(body.email), text(body.name)]);
        if (problem) throw new APIError("BAD_REQUEST", { message: englishRule(problem), code: "WEAK_PASSWORD", key: problem });
      }
      try {
        const address = requestAddress(ctx.headers ?? new Headers());
        if (ctx.path === "/sign-in/email") await beforeSignIn(text(body.email), address);
        if (ctx.path === "/sign-up/email") await enforce([RULES.signUpAddress, address]);
        // A reset email per account at most 3 times an hour (no mail bombing), 10 per address.
        if (ctx.path === "/request-password-reset") await enforce([RULES.resetEmailAccount, text(body.email).trim().toLowerCase()], [RULES.resetEmailAddress, address]);
      } catch (error) {
        if (error instanceof RateLimitedError) {
          const wait = waitWords(error.retryAfter, error instanceof SlowedSignInError);
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { message: error.message, code: "RATE_LIMITED", key: wait.key, values: wait.values, retryAfter: error.retryAfter },
            { "Retry-After": String(error.retryAfter) },
          );
        }
        throw error;
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path === "/sign-in/email" && ctx.context.newSession) {
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        await afterSignIn(typeof body.email === "string" ? body.email : "", requestAddress(ctx.headers ?? new Headers()));
      }
    }),
  },
  plugins: [nextCookies()],
});
