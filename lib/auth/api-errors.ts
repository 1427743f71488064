import "server-only";
import { APIError } from "better-auth/api";
import { RuleError } from "../errors";
import { isMessageKey, msg, type MessageKey } from "../i18n/keys";
import english from "../../messages/en/account.json";

/**
 * THE one place better-auth's refusals are read. An action calls better-auth through `askAuth`;
 * a refusal comes back as one of lib/'s own errors, which the action wrapper (lib/forms/action.ts)
 * shows next to the right field, keeping what was typed. Each action only says its words.
 * better-auth's own English is never shown: a refusal with no words of the action's is named by
 * a message key (our hooks in lib/auth/auth.ts send theirs with the refusal; better-auth's own
 * codes are mapped here), so the reader gets it in their language (decision 052).
 */
export type AuthRefusal = "rateLimited" | "exists" | "weakPassword" | "other";

/** What to show for one kind of refusal: a field, and words (a message key, or words as they are; a key from the refusal when left out). */
export type Words = { message?: string; field?: string };

type Body = { code?: string; key?: unknown; values?: unknown; retryAfter?: unknown } | undefined;

function refusalOf(error: APIError): AuthRefusal {
  const code = (error.body as Body)?.code ?? "";
  if (code === "RATE_LIMITED" || error.status === "TOO_MANY_REQUESTS") return "rateLimited";
  if (code.includes("ALREADY_EXISTS")) return "exists";
  // Not INVALID_PASSWORD: that one means a wrong current password, which is "other".
  if (code === "WEAK_PASSWORD" || code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return "weakPassword";
  return "other";
}

/**
 * The English words of a name or password rule (no placeholders), for better-auth's HTTP API,
 * whose refusals stay in English. Read from the message file itself, not through next-intl:
 * lib/auth/auth.ts loads this, and so do scripts outside Next.js.
 */
export function englishRule(key: MessageKey): string {
  const words = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), english);
  return typeof words === "string" ? words : key;
}

type Message = { key: MessageKey; values?: Record<string, string | number> };

/** "Wait N seconds/minutes and try again" (the minutes rounded up); `slowed`: the sign-in slowdown's own words. */
export function waitWords(retryAfter: number, slowed = false): Message {
  const seconds = retryAfter < 60;
  const count = seconds ? Math.max(1, Math.ceil(retryAfter)) : Math.ceil(retryAfter / 60);
  if (slowed) return { key: seconds ? msg("Auth.errors.slowedSeconds") : msg("Auth.errors.slowedMinutes"), values: { count } };
  return { key: seconds ? msg("FormAnswers.waitSeconds") : msg("FormAnswers.waitMinutes"), values: { count } };
}

function retryAfterOf(error: APIError): number {
  const body = error.body as Body;
  const header = new Headers(error.headers ?? {}).get("retry-after");
  const seconds = Number(typeof body?.retryAfter === "number" ? body.retryAfter : header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}

const plainValues = (values: unknown): Record<string, string | number> | undefined =>
  values && typeof values === "object" ? Object.fromEntries(Object.entries(values).filter(([, value]) => typeof value === "string" || typeof value === "number")) : undefined;

/** A refusal's own message key: our hook's (a name or password rule, a wait), else better-auth's code mapped, else a calm generic one. */
export function refusalMessage(error: APIError): Message {
  const body = error.body as Body;
  if (typeof body?.key === "string" && isMessageKey(body.key)) return { key: body.key, values: plainValues(body.values) };
  if (refusalOf(error) === "rateLimited") return waitWords(retryAfterOf(error));
  if (body?.code === "PASSWORD_TOO_SHORT") return { key: msg("Auth.errors.passwordShort") };
  if (body?.code === "PASSWORD_TOO_LONG") return { key: msg("Auth.errors.passwordLong") };
  if (body?.code === "WEAK_PASSWORD") return { key: msg("Auth.errors.passwordCommon") };
  return { key: msg("Auth.errors.failed") };
}

/**
 * Runs a better-auth call. A refusal becomes a RuleError with the words given for its kind (a
 * rate limit, when not given, says how long to wait); a kind with no words, and anything that is
 * not a refusal, is thrown on as it is (the wrapper's generic message).
 */
export async function askAuth<T>(call: () => Promise<T>, words: Partial<Record<AuthRefusal, Words>>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const kind = refusalOf(error);
    const chosen = words[kind] ?? (kind === "rateLimited" ? {} : words.other);
    if (!chosen) throw error;
    if (chosen.message) throw new RuleError(chosen.message, chosen.field);
    const own = refusalMessage(error);
    throw new RuleError(own.key, chosen.field, own.values);
  }
}
