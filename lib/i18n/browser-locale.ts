import "server-only";
import { cookies } from "next/headers";
import { toLocale, type Locale } from "./locales";

/**
 * The cookie that keeps the language a signed-out visitor chose on the private pages (sign-in,
 * sign-up, a shared reading list): only "en" or "es", nothing about the person (decision 052).
 */
export const LANGUAGE_COOKIE = "steady-lang";

/** The language this browser chose, or English; English too outside a request. */
export async function browserLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LANGUAGE_COOKIE)?.value);
  } catch {
    return "en";
  }
}

const YEAR = 60 * 60 * 24 * 365;

/** The Set-Cookie line that keeps a language on this browser for a year (HttpOnly, SameSite=Lax; Secure on https). */
export function languageCookie(locale: Locale, appUrl: string): string {
  const secure = new URL(appUrl).protocol === "https:" ? "; Secure" : "";
  return `${LANGUAGE_COOKIE}=${locale}; Path=/; Max-Age=${YEAR}; HttpOnly; SameSite=Lax${secure}`;
}
