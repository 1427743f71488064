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
