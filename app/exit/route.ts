import { exitLink, exitPost } from "@/lib/auth/exit";

/**
 * Quick exit: ends the session and clears this site's data in the browser, then the person is on
 * the neutral site. POST from /quick-exit.js; GET is the plain link when JavaScript is off
 * (lib/auth/exit.ts says which requests may end a session).
 */
export async function GET(request: Request) {
  return exitLink(request);
}

export async function POST(request: Request) {
  return exitPost(request);
}
