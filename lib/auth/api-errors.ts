import "server-only";
import { APIError } from "better-auth/api";
import { RuleError } from "../errors";

/**
 * THE one place better-auth's refusals are read. An action calls better-auth through `askAuth`;
 * a refusal comes back as one of lib/'s own errors, which the action wrapper (lib/forms/action.ts)
 * shows next to the right field, keeping what was typed. Each action only says its words.
 */
export type AuthRefusal = "rateLimited" | "exists" | "weakPassword" | "other";

/** What to show for one kind of refusal: a field, and words (better-auth's own when left out). */
export type Words = { message?: string; field?: string };

function refusalOf(error: APIError): AuthRefusal {
  const code = (error.body as { code?: string } | undefined)?.code ?? "";
  if (code === "RATE_LIMITED" || error.status === "TOO_MANY_REQUESTS") return "rateLimited";
  if (code.includes("ALREADY_EXISTS")) return "exists";
  // Not INVALID_PASSWORD: that one means a wrong current password, which is "other".
  if (code === "WEAK_PASSWORD" || code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return "weakPassword";
  return "other";
}

/**
 * Runs a better-auth call. A refusal becomes a RuleError with the words given for its kind (a
 * rate limit, when not given, keeps better-auth's "wait N minutes"); a kind with no words, and
 * anything that is not a refusal, is thrown on as it is (the wrapper's generic message).
 */
export async function askAuth<T>(call: () => Promise<T>, words: Partial<Record<AuthRefusal, Words>>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const kind = refusalOf(error);
    const chosen = words[kind] ?? (kind === "rateLimited" ? {} : words.other);
    if (!chosen) throw error;
    const message = chosen.message ?? (error.message || "That did not work. Please try again.");
    throw new RuleError(message, chosen.field);
  }
}
