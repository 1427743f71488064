import { NextResponse, type NextRequest } from "next/server";
import { readingListStatus } from "../counselor/reading-lists";

/**
 * The status code of a shared reading list (/s/<token>), decided before the page renders: a page
 * cannot answer 410 in Next.js 16, a proxy can set the status before the page renders. Ended,
 * expired and unknown links go on to the same page with status 410 (the page then says "This link has ended"); working
 * links pass through. This reads the list and changes nothing: only the page adds to the open count.
 * See docs/decisions/019-shared-reading-list.md.
 */
const SHARED_LIST = /^\/s\/([^/]+)\/?$/;

export async function sharedListGate(request: NextRequest, init?: { request?: { headers: Headers } }): Promise<NextResponse | undefined> {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const match = SHARED_LIST.exec(request.nextUrl.pathname);
  if (!match) return undefined;
  let token: string;
  try {
    token = decodeURIComponent(match[1]!);
  } catch {
    token = "";
  }
  if ((await readingListStatus(token)) === "active") return undefined;
  // next(), not rewrite(): the same page renders, and Next keeps the status set here.
  return NextResponse.next({ ...init, status: 410 });
}
