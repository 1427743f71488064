/**
 * The one error module for lib/. Every refusal lib/ can make is one of these; the server-action
 * wrapper (lib/forms/action.ts) and the page guards turn each into a calm message or a 404, and
 * anything else into a generic message, never a 500.
 *
 * NotFound is used for "not yours" too, so a stranger cannot learn that a family or an entry exists.
 */
export class NotFoundError extends Error {
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}

/** Signed in and a member, but the role does not allow it (e.g. only the owner may). Shown to the person. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A valid-looking request that breaks a rule (e.g. the last owner leaving). Shown to the person. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    /** The values the message needs, when it is a message key. */
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
    this.name = "RuleError";
  }
}

/** Too many tries; `retryAfter` seconds until the next one is allowed. Shown to the person. */
export class RateLimitedError extends Error {
  constructor(
    readonly retryAfter: number,
    message = waitMessage(retryAfter),
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

export function waitMessage(seconds: number) {
  return `Too many tries. For your safety, wait ${duration(seconds)} and try again.`;
}

export function duration(seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Prisma's "unique constraint failed" (P2002), the same code on SQLite and PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** What may be logged about an error: its kind and code, never a message that could quote what someone wrote. */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === "string" ? ` ${code}` : ""}`;
}
