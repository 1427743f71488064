import { NextResponse, type NextRequest } from "next/server";
import { databaseKind } from "@/lib/db/database-url";
import { postgresReachable } from "@/lib/outage/probe";
import { unavailablePage } from "@/lib/outage/unavailable-page";
import { sharedListGate } from "@/lib/sharing/shared-list-gate";

/**
 * Runs before matching requests (Node.js runtime, Next.js 16 "proxy").
 * - While the PostgreSQL database is away, pages that need it answer a calm 503 page with the
 *   crisis numbers instead of an error, and work again by themselves when it is back (lib/outage).
 *   The guide is static and is not routed through here. SQLite lives in the app's own process.
 * - Shared reading lists answer 410 when ended (lib/sharing/shared-list-gate.ts).
 */
export async function proxy(request: NextRequest) {
  const url = process.env.DATABASE_URL ?? "";
  if (databaseKind(url) === "postgres" && !(await postgresReachable(url))) {
    return new NextResponse(unavailablePage(), {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "10", "X-Robots-Tag": "noindex, nofollow" },
    });
  }
  if (request.nextUrl.pathname.startsWith("/s/")) return (await sharedListGate(request)) ?? NextResponse.next();
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/family",
    "/family/:path*",
    "/account",
    "/counselor",
    "/counselor/:path*",
    "/sign-in",
    "/sign-up",
    "/invite/:path*",
    "/connect/:path*",
    "/s/:path*",
    "/api/auth/:path*",
  ],
};
