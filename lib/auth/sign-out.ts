import "server-only";
import { env } from "../env";
import { auth } from "./auth";

export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/** Ends the session (when the post comes from our own pages) and clears what the browser kept. */
export async function signOutResponse(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  // A sign-out from another site is refused (it would be a nuisance, not a danger, but is never ours).
  if (origin && origin !== new URL(env().APP_URL).origin && origin !== new URL(request.url).origin) {
    return new Response("This request did not come from this site.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const result = await auth.api.signOut({ headers: request.headers, asResponse: true }).catch(() => null);
  const headers = new Headers({ Location: "/?signed-out=1", "Clear-Site-Data": CLEAR_SITE_DATA, "Cache-Control": "no-store" });
  for (const cookie of result?.headers.getSetCookie() ?? []) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}
