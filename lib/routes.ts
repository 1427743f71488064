/**
 * THE route manifest: which paths are private, which read the database, which are prerendered.
 * Every place that treats routes differently reads it: the X-Robots-Tag headers
 * (next.config.ts), robots.txt (app/robots.ts), the outage page's "needs the database"
 * (proxy.ts), the Content-Security-Policy's nonce-or-hashes choice (proxy.ts). A new route area
 * is added here once; tests/unit/routes.test.ts checks each of those reads it.
 *
 * No "server-only" and only lib/i18n/locales.ts (itself import-free): next.config.ts and proxy.ts load it too.
 */
import { DEFAULT_LOCALE, LOCALES, localePath, prefersSpanish, SPANISH_FIRST, SPANISH_OFFER_SEGMENT, splitLocale } from "./i18n/locales";

type Area = {
  /** The area's first path segment, e.g. "/family". */
  path: string;
  /** Whether the bare path is a page itself ("/family"), or only paths under it are ("/s/<token>"). */
  page: boolean;
};

/**
 * A person's own things, and the forms around them: never indexed (robots.txt and
 * X-Robots-Tag: noindex), and they need the database.
 */
export const PRIVATE_AREAS: readonly Area[] = [
  { path: "/family", page: true },
  { path: "/account", page: true },
  { path: "/counselor", page: true },
  { path: "/sign-in", page: true },
  { path: "/sign-up", page: true },
  { path: "/invite", page: false },
  { path: "/connect", page: false },
  /** A shared reading list (decision 019); its token must never leave in a Referer. */
  { path: "/s", page: false },
  { path: "/reset", page: false },
  { path: "/unsubscribe", page: false },
];

/** Endpoints (not pages) that also need the database. */
export const DATABASE_ENDPOINTS: readonly Area[] = [
  { path: "/api/auth", page: false },
  { path: "/api/unsubscribe", page: false },
  { path: "/sign-out", page: true },
  /** The private pages' language switch (decision 052): saves a signed-in person's choice. */
  { path: "/language", page: true },
];

/**
 * The reading pages (app/[locale]/): in every language, English at these paths and Spanish under
 * /es (lib/i18n/locales.ts, docs/decisions/050-spanish-reading-pages-first.md). proxy.ts serves an
 * English one from its internal /en/... route.
 */
export const READING_PAGES = ["/", "/guide", "/guide/:slug", "/right-now", "/crisis", "/offline"] as const;

/**
 * Prerendered at build time (decision 005): the same bytes for everyone, so their policy lists
 * their own inline scripts by hash instead of a per-request nonce. `:slug` is one path segment.
 */
export const STATIC_PAGES = [...LOCALES.flatMap((locale) => READING_PAGES.map((page) => localePath(locale, page))), "/quick-exit.js"] as const;

/** The shared reading lists' area (the proxy answers 410 for an ended one). */
export const SHARED_LIST_AREA = "/s/";

const inArea = (area: Area, pathname: string) => (area.page && pathname === area.path) || pathname.startsWith(`${area.path}/`);

export const isPrivate = (pathname: string) => PRIVATE_AREAS.some((area) => inArea(area, pathname));

/** Paths that read the database (the guide and the crisis pages never do). */
export const needsDatabase = (pathname: string) => [...PRIVATE_AREAS, ...DATABASE_ENDPOINTS].some((area) => inArea(area, pathname));

const patternOf = (page: string) => {
  const source = page.replace(/[.]/g, "\\.").replace(":slug", "[a-z0-9-]+");
  // A trailing slash is the same page, except for the home page and files.
  return new RegExp(page === "/" || page.includes(".") ? `^${source}$` : `^${source}/?$`);
};
const STATIC_PATTERNS = STATIC_PAGES.map(patternOf);
const READING_PATTERNS = READING_PAGES.map(patternOf);

export const isStaticRoute = (pathname: string) => STATIC_PATTERNS.some((pattern) => pattern.test(pathname));

/** A reading page's path without a language prefix ("/guide/triggers", not "/es/guide/triggers"). */
export const isReadingPage = (path: string) => READING_PATTERNS.some((pattern) => pattern.test(path));

/** robots.txt's Disallow lines (prefixes): the private areas. */
export const robotsDisallow = () => PRIVATE_AREAS.map((area) => (area.page ? area.path : `${area.path}/`));

/** next.config.ts header sources (path-to-regexp) for the private areas. */
export const privateHeaderSources = () => PRIVATE_AREAS.flatMap((area) => (area.page ? [area.path, `${area.path}/:path*`] : [`${area.path}/:path*`]));

/**
 * How an address reaches its page among the languages. An English reading page is answered by its
 * internal app/[locale] route: /en/..., or /en-offer/... (the same page with a line offering
 * Spanish) when the browser's first language is Spanish. next.config.ts does that rewrite
 * (localeRewrites); proxy.ts uses `internal` to find the HTML whose scripts its policy lists, and
 * sends an internal address asked for directly to the page's one public address (308). Spanish
 * (/es/...) and every other path are left as they are. Nothing is redirected by language.
 */
export function localeRoute(pathname: string, acceptLanguage?: string | null): { internal?: string; redirect?: string } {
  for (const segment of [DEFAULT_LOCALE, SPANISH_OFFER_SEGMENT]) {
    const prefix = `/${segment}`;
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return { redirect: pathname.slice(prefix.length) || "/" };
  }
  if (splitLocale(pathname).locale !== DEFAULT_LOCALE || !isReadingPage(pathname)) return {};
  const prefix = `/${prefersSpanish(acceptLanguage) ? SPANISH_OFFER_SEGMENT : DEFAULT_LOCALE}`;
  return { internal: pathname === "/" ? prefix : `${prefix}${pathname}` };
}

/**
 * next.config.ts's rewrites (before the app's own files): each English reading page to its internal
 * route, the offer of Spanish first. A rewrite in next.config.ts, not in proxy.ts: Next.js 16
 * treats a proxy rewrite as going to another server when the server was started with a host name
 * (scripts/serve.mjs -H), and that answered our own 308 (decision 050).
 */
export function localeRewrites() {
  const internal = (segment: string, page: string) => (page === "/" ? `/${segment}` : `/${segment}${page}`);
  return READING_PAGES.flatMap((page) => [
    { source: page, destination: internal(SPANISH_OFFER_SEGMENT, page), has: [{ type: "header" as const, key: "accept-language", value: SPANISH_FIRST }] },
    { source: page, destination: internal(DEFAULT_LOCALE, page) },
  ]);
}
