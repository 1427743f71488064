import type { NextConfig } from "next";

const isProduction = process.env.NODE_ENV === "production";

// Only our own origin, ever: no analytics, fonts or scripts from elsewhere (privacy by default).
// Next.js inlines small bootstrap scripts, so scripts need 'unsafe-inline'; dev also needs eval.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    const security = [
      { key: "Content-Security-Policy", value: contentSecurityPolicy },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ];
    const privatePages = ["/family/:path*", "/family", "/account", "/invite/:path*", "/sign-in", "/sign-up", "/counselor/:path*", "/counselor", "/connect/:path*", "/s/:path*", "/unsubscribe/:path*"];
    return [
      ...privatePages.map((source) => ({ source, headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] })),
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

export default nextConfig;
