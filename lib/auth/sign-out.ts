import "server-only";
import { env } from "../env";
import { browserLocale, languageCookie } from "../i18n/browser-locale";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { personLocale } from "../i18n/person-locale";
import { auth } from "./auth";

export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/** A post from a page of another site (Origin names another origin). */
export function fromAnotherSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  return Boolean(origin && origin !== new URL(env().APP_URL).origin && origin !== new URL(request.url).origin);
}

/**
 * Ends the session the request carries (if any) and returns the Set-Cookie lines that delete its
 * cookies. Gives up after `waitMs` (the database may be away): leaving must never hang on it.
 */
export async function endSession(request: Request, waitMs = 3000): Promise<string[]> {
  const ending = auth.api.signOut({ headers: request.headers, asResponse: true }).catch(() => null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs).unref?.());
  const result = await Promise.race([ending, timeout]);
  return result?.headers.getSetCookie() ?? [];
}

/**
 * The language of the person signing out (their account's, else this browser's choice), read
 * before the session ends; this browser's choice if the database does not answer in `waitMs`.
 */
async function leavingLocale(waitMs = 1000): Promise<Locale> {
  const chosen = await browserLocale();
  const timeout = new Promise<Locale>((resolve) => setTimeout(() => resolve(chosen), waitMs).unref?.());
  return Promise.race([personLocale().catch(() => chosen), timeout]);
}

/** Where a signed-out Spanish reader passes on the way to the sign-in page (app/(app)/(auth)/sign-in/signed-out/route.ts). */
export const SIGNED_OUT_PATH = "/sign-in/signed-out";
const SIGNED_IN_AGAIN = "/sign-in?signed-out=1";

/**
 * Where sign-out lands: the sign-in page, saying "You are signed out." in the person's language.
 * Clear-Site-Data removes every cookie, the language choice too, and a cookie set in the same
 * response is cleared with the rest (or ignored: the specification's fetch integration). So a
 * Spanish reader goes first to SIGNED_OUT_PATH, whose own response (after the clearing, which
 * browsers finish before they follow the redirect) sets the language again: the sign-in page, its
 * frame, its form's errors and whatever they open next stay in Spanish. English keeps its address.
 */
export function signedOutLocation(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? SIGNED_IN_AGAIN : `${SIGNED_OUT_PATH}?lang=${locale}`;
}

/** Ends the session (when the post comes from our own pages) and clears what the browser kept. */
export async function signOutResponse(request: Request): Promise<Response> {
  // A sign-out from another site is refused (it would be a nuisance, not a danger, but is never ours).
  if (fromAnotherSite(request)) {
    return new Response("This request did not come from this site.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const locale = await leavingLocale();
  // The sign-in page says "You are signed out." (decision 045): the start page is prerendered and
  // cannot read the flag, and signing in again is the likeliest next step on this device.
  const headers = new Headers({ Location: signedOutLocation(locale), "Clear-Site-Data": CLEAR_SITE_DATA, "Cache-Control": "no-store" });
  for (const cookie of await endSession(request)) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * The step after sign-out for a reader of another language than English: the language cookie
 * again (only "en" or "es", as /language sets it), then the sign-in page. Only on the way from our
 * own sign-out (fetch metadata says same-origin, or a browser too old to say): a link from
 * another site changes nothing and just lands on the sign-in page.
 */
export function signedOutLanguageResponse(request: Request): Response {
  const lang = new URL(request.url).searchParams.get("lang");
  const site = request.headers.get("sec-fetch-site");
  const headers = new Headers({ Location: SIGNED_IN_AGAIN, "Cache-Control": "no-store" });
  if (isLocale(lang) && (site === null || site === "same-origin")) {
    headers.append("Set-Cookie", languageCookie(lang, env().APP_URL));
  }
  return new Response(null, { status: 303, headers });
}
