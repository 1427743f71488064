import { SHARED_PAGE_STYLE } from "@/lib/sharing/shared-page";

// The shared reading list's styles (/s/<token> is a plain document, outside the app layout).
export const dynamic = "force-static";

export function GET() {
  return new Response(SHARED_PAGE_STYLE, { headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
