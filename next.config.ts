import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localeRewrites, privateHeaderSources } from "./lib/routes";

const isProduction = process.env.NODE_ENV === "production";

/**
 * Security headers on every response. The Content-Security-Policy is set by proxy.ts (a nonce per
 * request on dynamic pages; none on prerendered ones): docs/decisions/011-csp-and-headers.md.
 * tests/unit/security-policy.test.ts and tests/e2e/headers.spec.ts score them with the MDN HTTP
 * Observatory rules.
 */
const security = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  // A year, in production only (a development server on http://localhost must not pin https).
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // One prom-client for the server entry (scripts/serve.mjs) and the app: the metrics share its
  // registry only when the app requires it from node_modules rather than bundling a copy (decision 029).
  serverExternalPackages: ["prom-client"],
  // `npm test` checks the types itself (tsc, before the build) and says so with STEADY_TYPES_CHECKED;
  // every other build checks them here.
  typescript: { ignoreBuildErrors: process.env.STEADY_TYPES_CHECKED === "1" },
  experimental: {
    // Every build starts from an empty .next (scripts/test.sh removes it; a stale cache once made
    // builds panic): Turbopack's cache of a build would only be written (about 30 s here), never read.
    turbopackFileSystemCacheForBuild: false,
    // The same 1 MB as proxy.ts refuses with a calm 413 before Next.js would answer a 500.
    serverActions: { bodySizeLimit: "1mb" },
    // proxy.ts reads a post's body to refuse one over 1 MB; it needs to see a little more than that.
    proxyClientMaxBodySize: "2mb",
    // The stylesheet goes into each page's <head> instead of a second request: on a slow phone
    // the first paint waited for that file, which shared the line with 140 KB of scripts
    // (docs/decisions/035-reading-pages-paint-at-once.md). Its hash is in the CSP (proxy.ts).
    inlineCss: true,
    // Two root layouts (app/[locale]/ and app/(app)/): an address no route answers gets
    // app/global-not-found.tsx (decision 050).
    globalNotFound: true,
  },
  // English reading pages are answered by app/[locale]/ (lib/routes.ts, decision 050).
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      // Private areas are never indexed (lib/routes.ts; robots.txt says the same).
      ...privateHeaderSources().map((source) => ({ source, headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] })),
      {
        // Every path but /s/… (shared links set a stricter referrer policy of their own, below).
        source: "/:path((?!s/).*)",
        headers: [
          ...security,
          // same-origin, not no-referrer: Chrome sends "Origin: null" with form posts under no-referrer,
          // and Next.js then refuses server actions from forms without JavaScript. Other sites still get nothing.
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // A shared link's token must never leave in a Referer header, not even to our own pages.
        source: "/s/:path*",
        headers: [...security, { key: "Referrer-Policy", value: "no-referrer" }],
      },
    ];
  },
};

// next-intl reads its per-render configuration from i18n/request.ts (docs/decisions/050).
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
