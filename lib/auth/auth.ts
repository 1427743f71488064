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
  },
  session: { expiresIn: 14 * DAY, updateAge: DAY },
  // Accounts are deleted only through lib/account (its rules and one transaction), never the raw endpoint.
  user: { deleteUser: { enabled: false } },
  rateLimit: {
    enabled: config.AUTH_RATE_LIMIT === "on",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 5 },
      "/sign-up/email": { window: 60, max: 5 },
      "/change-password": { window: 60, max: 5 },
    },
  },
  advanced: {
    useSecureCookies: config.NODE_ENV === "production" && config.APP_URL.startsWith("https:"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  databaseHooks: {
    // Store no device details with a session: nothing here needs them.
    session: { create: { before: async (session) => ({ data: { ...session, ipAddress: null, userAgent: null } }) } },
  },
  hooks: {
    // The same rules for every way in, not only our forms: names and passwords as the forms check them.
    before: createAuthMiddleware(async (ctx) => {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === "string" ? value : "");
      if ((ctx.path === "/sign-up/email" || ctx.path === "/update-user") && "name" in body) {
        const name = text(body.name).trim();
        if (!name || name.length > 60) throw new APIError("BAD_REQUEST", { message: "Use a name of 1 to 60 characters.", code: "INVALID_NAME" });
      }
      const candidate = ctx.path === "/sign-up/email" ? body.password : ctx.path === "/change-password" ? body.newPassword : undefined;
      if (candidate === undefined) return;
      const problem = passwordProblem(text(candidate), [text(body.email), text(body.name)]);
      if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "WEAK_PASSWORD" });
    }),
  },
  plugins: [nextCookies()],
});
