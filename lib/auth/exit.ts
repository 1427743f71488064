import "server-only";
import { QUICK_EXIT_URL } from "../site";
import { CLEAR_SITE_DATA, endSession, fromAnotherSite } from "./sign-out";

/**
 * Quick exit on the server (docs/decisions/027-exit-leaves-nothing-behind.md): the session ends and
 * the browser is told to clear what it kept of this site, like signing out, before the person lands
 * on the neutral site. Two ways in:
 *
 * - POST /exit, sent by /quick-exit.js (a keepalive fetch) the moment Quick exit is pressed. Only
 *   from our own pages (Origin must be ours). Answers 204.
 * - GET /exit, the Quick exit link itself when JavaScript is off. A GET that ends a session must not
 *   be something another site can trigger, so the session ends only for a navigation the person
 *   started on our own pages or typed (Sec-Fetch-Site same-origin or none, with a user gesture).
 *   Anything else is only sent on to the neutral site. Answers 303 to the neutral site either way.
 */
const NO_STORE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

/** The service worker retries an exit that happened with no signal; it clears its own storage first. */
const clearing = (url: URL) => (url.searchParams.get("by") === "worker" ? '"cache", "cookies"' : CLEAR_SITE_DATA);

export async function exitPost(request: Request): Promise<Response> {
  if (!request.headers.get("origin") || fromAnotherSite(request)) {
    return new Response("This request did not come from this site.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
  }
  const headers = new Headers({ ...NO_STORE, "Clear-Site-Data": clearing(new URL(request.url)) });
  for (const cookie of await endSession(request, 2000)) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 204, headers });
}

/** A navigation the person made on our own pages (or typed), not one another site or a prefetch made. */
export function isOwnNavigation(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return (
    (site === "same-origin" || site === "none") &&
    headers.get("sec-fetch-mode") === "navigate" &&
    headers.get("sec-fetch-user") === "?1" &&
    !headers.has("sec-purpose") &&
    !headers.has("purpose")
  );
}

export async function exitLink(request: Request): Promise<Response> {
  const headers = new Headers({ ...NO_STORE, Location: QUICK_EXIT_URL });
  if (isOwnNavigation(request.headers)) {
    headers.set("Clear-Site-Data", CLEAR_SITE_DATA);
    for (const cookie of await endSession(request, 2000)) headers.append("Set-Cookie", cookie);
  }
  return new Response(null, { status: 303, headers });
}
