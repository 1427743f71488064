import "server-only";
import { env } from "../env";
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

/** Ends the session (when the post comes from our own pages) and clears what the browser kept. */
export async function signOutResponse(request: Request): Promise<Response> {
  // A sign-out from another site is refused (it would be a nuisance, not a danger, but is never ours).
  if (fromAnotherSite(request)) {
    return new Response("This request did not come from this site.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // The sign-in page says "You are signed out." (decision 045): the start page is prerendered and
  // cannot read the flag, and signing in again is the likeliest next step on this device.
  const headers = new Headers({ Location: "/sign-in?signed-out=1", "Clear-Site-Data": CLEAR_SITE_DATA, "Cache-Control": "no-store" });
  for (const cookie of await endSession(request)) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}
