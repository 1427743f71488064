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
