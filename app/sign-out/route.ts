import { signOutResponse } from "@/lib/auth/sign-out";

/**
 * Sign-out: a plain form post (works without JavaScript). Ends the session and tells the browser
 * to clear this site's cache, cookies and storage (Clear-Site-Data), so nothing read here stays
 * on a shared device.
 */
export async function POST(request: Request) {
  return signOutResponse(request);
}
