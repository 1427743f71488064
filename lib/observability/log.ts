import "server-only";
import { createLogger } from "./logger.mjs";

/** The app's logger: one JSON line per event on stdout (lib/observability/logger.mjs says what a line may hold). */
export const log = createLogger();

/** An error as a log may show it: its name and code, never its message (it can quote a person's words or address). */
export function errorName(error: unknown): string {
  if (typeof error !== "object" || error === null) return "error";
  const e = error as { name?: string; code?: string };
  return [e.name, e.code].filter(Boolean).join(" ") || "error";
}
