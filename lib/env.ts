import { isIP } from "node:net";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/database-url";

/**
 * Every environment variable the app reads, validated in one place. A bad value stops the app
 * at start (instrumentation.ts) with a message naming the variable.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/i.test(url), {
      message: "must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
    }),
  /** The address people use to reach the app; sign-in requests must come from this origin. */
  APP_URL: z.url({ message: "must be a full URL such as https://example.org" }).default("http://localhost:3000"),
  /** Signs sessions. When unset, a random secret is created once in data/ (lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
  /** Sign-in rate limiting; only end-to-end test servers turn it off. */
  AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  /** Test servers only: /api/health/ready also reports the database connection's settings. */
  HEALTH_DIAGNOSTICS: z.enum(["on", "off"]).default("off"),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. "off" (the default):
   * the header is ignored and the client is the socket's peer address, because any client can send
   * it. 1-5: the client is that many entries from the right of X-Forwarded-For (what the nearest
   * trusted proxy saw). Set it only when every request passes through those proxies.
   */
  TRUST_PROXY: z
    .union([z.literal("off"), z.enum(["1", "2", "3", "4", "5"])], { message: 'must be "off" or the number of proxies in front of the app (1-5)' })
    .default("off")
    .transform((value) => (value === "off" ? 0 : Number(value))),
  /**
   * Prometheus metrics (GET /metrics) on a port of their own, served by scripts/serve.mjs; "off"
   * (the default) serves none. Keep the port private (decision 029).
   */
  METRICS_PORT: z
    .union([z.literal("off"), z.coerce.number().int().min(1).max(65535)], { message: 'must be "off" or a port number from 1 to 65535' })
    .default("off"),
  /** The address the metrics port listens on: 127.0.0.1 by default (this machine only). */
  METRICS_HOST: z.string().refine((host) => isIP(host) !== 0, { message: "must be an IP address, such as 127.0.0.1" }).default("127.0.0.1"),
  /** How much the JSON log says: info (a line per request and per job) by default. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The background loop (scheduled notices, the mail outbox); "off" only for tests that drive it themselves. */
  NOTIFICATIONS_WORKER: z.enum(["on", "off"]).default("on"),
  /** How often the background loop runs, in seconds. */
  NOTIFICATIONS_TICK_SECONDS: z.coerce.number({ message: "must be a whole number of seconds" }).int({ message: "must be a whole number of seconds" }).min(1).max(3600).default(30),
  /** Mail is optional: on when both SMTP_URL and MAIL_FROM are set (lib/mail, decision 021). */
  SMTP_URL: z
    .string()
    .refine((url) => URL.canParse(url) && /^smtps?:$/.test(new URL(url).protocol), {
      message: "must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465",
    })
    .optional(),
  /** The sender, such as Steady <no-reply@example.org>. */
  MAIL_FROM: z
    .string()
    .refine((from) => /^([^<>@]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/.test(from.trim()), {
      message: "must be an email address, such as no-reply@example.org or Steady <no-reply@example.org>",
    })
    .optional(),
}).refine((e) => Boolean(e.SMTP_URL) === Boolean(e.MAIL_FROM), {
  message: "set both SMTP_URL and MAIL_FROM to send mail, or neither",
  path: ["SMTP_URL"],
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset so `DATABASE_URL= npm start` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Reads the environment again (tests that turn mail on and off). */
export function refreshEnv(): Env {
  cached = undefined;
  return env();
}

/** Whether this app sends mail (both SMTP_URL and MAIL_FROM are set). */
export function mailConfigured(source: Env = env()): source is Env & { SMTP_URL: string; MAIL_FROM: string } {
  return Boolean(source.SMTP_URL && source.MAIL_FROM);
}
