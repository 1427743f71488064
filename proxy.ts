import { NextResponse, type NextRequest } from "next/server";
import { BODY_LIMIT_BYTES, contentSecurityPolicy, isCrossOrigin, malformedActionBody } from "@/lib/security/policy";
import { isStaticRoute, localeRoute, needsDatabase, SHARED_LIST_AREA } from "@/lib/routes";
import { ADDRESS_LOCALE_HEADER, splitLocale } from "@/lib/i18n/locales";
import { staticPageHashes, stylesheetHashes } from "@/lib/security/static-hashes";
import { databaseKind } from "@/lib/db/database-url";
import { postgresReachable } from "@/lib/outage/probe";
import { unavailablePage, unavailablePagePolicy } from "@/lib/outage/unavailable-page";
import { sharedListGate } from "@/lib/sharing/shared-list-gate";

/**
 * Runs before every request (Node.js runtime, Next.js 16 "proxy"):
 * 1. the Content-Security-Policy: a fresh nonce for dynamic pages, the hashes of their own inline
 *    scripts for prerendered ones (docs/decisions/011-csp-and-headers.md);
 * 2. posts that must never reach a server action get a calm 4xx page here, because Next.js itself
 *    answers them with a 500: cross-origin posts, bodies over 1 MB, and bodies it cannot decode
 *    (docs/decisions/012-never-a-500.md);
 * 3. while the PostgreSQL database is away, pages that need it answer a calm 503 page with the
 *    crisis numbers, and work again by themselves when it is back (lib/outage, decision 015);
 * 4. shared reading lists answer 410 once ended (lib/sharing/shared-list-gate.ts, decision 019);
 * 5. an English reading page is answered by its app/[locale] route (/en/..., rewritten in
 *    next.config.ts); its policy lists that route's scripts, and the internal address asked for
 *    directly is sent to the page's own (lib/routes.ts localeRoute, decision 050). The language is
 *    never forced: no redirect by language, no cookie.
 */
const development = process.env.NODE_ENV === "development";

function calmPage(status: number, title: string, message: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Steady</title></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Back to Steady</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": contentSecurityPolicy({}) },
  });
}

function allowedOrigins(request: NextRequest) {
  const origins = [request.nextUrl.origin];
  const host = request.headers.get("host");
  if (host) origins.push(`${request.nextUrl.protocol}//${host}`);
  if (process.env.APP_URL) {
    try {
      origins.push(new URL(process.env.APP_URL).origin);
    } catch {
      // lib/env.ts stops the app at start on a bad APP_URL.
    }
  }
  return origins;
}

async function refusePost(request: NextRequest): Promise<NextResponse | undefined> {
  if (request.method !== "POST") return undefined;
  const path = request.nextUrl.pathname;
  // better-auth checks its own origins and sizes; its answers are 4xx already.
  if (path.startsWith("/api/auth/")) return undefined;
  if (isCrossOrigin(request.headers, allowedOrigins(request))) {
    return calmPage(403, "This did not come from Steady", "This form was sent from another site, so nothing was saved. Open Steady directly and try again.");
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  const body = length > BODY_LIMIT_BYTES ? null : await request.clone().arrayBuffer().catch(() => null);
  if (length > BODY_LIMIT_BYTES || !body || body.byteLength > BODY_LIMIT_BYTES) {
    return calmPage(413, "That was too much to send", "What you sent is over 1 MB, so nothing was saved. Shorten it and try again.");
  }
  const isFetchAction = request.headers.has("next-action");
  const problem = await malformedActionBody(request.clone(), isFetchAction);
  if (problem) return calmPage(400, "That could not be read", "This form arrived in a shape we cannot read, so nothing was saved. Reload the page and try again.");
  return undefined;
}

async function databaseAway(path: string): Promise<boolean> {
  const url = process.env.DATABASE_URL ?? "";
  return needsDatabase(path) && databaseKind(url) === "postgres" && !(await postgresReachable(url));
}

export async function proxy(request: NextRequest) {
  const refused = await refusePost(request);
  if (refused) return refused;
  const path = request.nextUrl.pathname;
  if (await databaseAway(path)) {
    return new NextResponse(unavailablePage(), {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": "10",
        "X-Robots-Tag": "noindex, nofollow",
        "Content-Security-Policy": unavailablePagePolicy(),
      },
    });
  }
  const route = localeRoute(path, request.headers.get("accept-language"));
  if (route.redirect) {
    const to = request.nextUrl.clone();
    to.pathname = route.redirect;
    return NextResponse.redirect(to, 308);
  }
  const isStatic = isStaticRoute(path);
  const nonce = isStatic ? undefined : Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  // The hashes come from the HTML of the route that answers: /en/guide/x.html for /guide/x.
  const hashes = staticPageHashes(isStatic ? (route.internal ?? path) : "/_not-found");
  const policy = contentSecurityPolicy({ nonce, hashes, styleHashes: stylesheetHashes(), development });
  const requestHeaders = new Headers(request.headers);
  // (A dynamic path may still be answered with the prerendered 404 page: its own scripts by hash.)
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  if (nonce) requestHeaders.set("content-security-policy", policy);
  // The language of the address, for the page of an address no route answers (app/global-not-found.tsx):
  // /es/nada gets the Spanish "page not found". Set here, never taken from the client.
  requestHeaders.set(ADDRESS_LOCALE_HEADER, splitLocale(path).locale);
  const init = { request: { headers: requestHeaders } };
  const response = (path.startsWith(SHARED_LIST_AREA) ? await sharedListGate(request, init) : undefined) ?? NextResponse.next(init);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not the build's static files (no document, nothing to protect with a policy).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
