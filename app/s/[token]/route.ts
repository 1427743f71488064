import { openReadingList } from "@/lib/counselor/reading-lists";
import { sharedListGoneHtml, sharedListHtml } from "@/lib/sharing/shared-page";

export const dynamic = "force-dynamic";

const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

/** A counselor's shared reading list. Revoked, expired and unknown links answer 410 calmly. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const list = await openReadingList((await params).token);
  if (list.status !== "active") return new Response(sharedListGoneHtml(), { status: 410, headers: HEADERS });
  return new Response(sharedListHtml(list), { status: 200, headers: HEADERS });
}
