import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { routeMatcher } from "@/lib/observability/requests.mjs";
import { describe, expect, it } from "vitest";
import { localePath, prefersSpanish, SPANISH_FIRST, splitLocale } from "@/lib/i18n/locales";
import { isStaticRoute, localeRewrites, localeRoute, STATIC_PAGES } from "@/lib/routes";
import { localizeLinks } from "@/lib/i18n/content";

// English at the addresses it always had, Spanish under /es (decision 050).
describe("addresses in each language", () => {
  it("maps a page to its address and back", () => {
    expect(localePath("en", "/guide/triggers")).toBe("/guide/triggers");
    expect(localePath("es", "/guide/triggers")).toBe("/es/guide/triggers");
    expect(localePath("es", "/")).toBe("/es");
    expect(splitLocale("/es/guide/triggers")).toEqual({ locale: "es", path: "/guide/triggers" });
    expect(splitLocale("/es")).toEqual({ locale: "es", path: "/" });
    expect(splitLocale("/estados")).toEqual({ locale: "en", path: "/estados" });
  });

  it("serves an English reading page from its internal route, and sends the internal address to the public one", () => {
    expect(localeRoute("/guide/triggers")).toEqual({ internal: "/en/guide/triggers" });
    expect(localeRoute("/")).toEqual({ internal: "/en" });
    expect(localeRoute("/en/guide/triggers")).toEqual({ redirect: "/guide/triggers" });
    expect(localeRoute("/en")).toEqual({ redirect: "/" });
    expect(localeRoute("/en-offer/crisis")).toEqual({ redirect: "/crisis" });
    // Spanish, the private areas and files go through as they are.
    for (const path of ["/es", "/es/guide/triggers", "/family", "/sign-in", "/api/health", "/quick-exit.js", "/english"]) expect(localeRoute(path), path).toEqual({});
  });

  it("offers Spanish (never redirects) when the browser puts Spanish first", () => {
    expect(localeRoute("/right-now", "es-US,es;q=0.9,en;q=0.8")).toEqual({ internal: "/en-offer/right-now" });
    expect(localeRoute("/right-now", "en-US,en;q=0.9,es;q=0.8")).toEqual({ internal: "/en/right-now" });
    expect(localeRoute("/es/right-now", "es-US")).toEqual({});
    // The first language listed decides (browsers list them in the person's order).
    for (const header of ["es", "es-US", "es-419,es;q=0.9", "es-MX, en;q=0.5", " es ;q=0.9"]) expect(prefersSpanish(header), header).toBe(true);
    for (const header of ["en-US,en;q=0.9,es;q=0.8", "fr-FR, es;q=0.5", "estonian", "*", "", undefined]) expect(prefersSpanish(header), String(header)).toBe(false);
  });

  it("rewrites (next.config.ts) and the proxy's choice agree, page by page", () => {
    const rules = localeRewrites();
    for (const page of ["/", "/guide", "/guide/triggers", "/right-now", "/crisis", "/offline"]) {
      for (const header of ["es-US,es;q=0.9", "en-US"]) {
        // The first rule whose source matches and whose header condition holds wins, as in Next.js.
        const rule = rules.find((r) => new RegExp(`^${r.source.replace(":slug", "[^/]+")}$`).test(page) && (!r.has || new RegExp(`^${r.has[0]!.value}$`).test(header)))!;
        expect(rule.destination.replace(":slug", "triggers"), `${page} ${header}`).toBe(localeRoute(page, header).internal);
      }
    }
  });

  it("counts the Spanish reading pages as prerendered", () => {
    expect(STATIC_PAGES).toEqual(expect.arrayContaining(["/es", "/es/guide", "/es/guide/:slug", "/es/right-now", "/es/crisis", "/es/offline"]));
    for (const path of ["/es", "/es/", "/es/guide/triggers", "/es/right-now", "/es/crisis", "/es/offline"]) expect(isStaticRoute(path), path).toBe(true);
    for (const path of ["/es/family", "/es/guide/a/b", "/esx"]) expect(isStaticRoute(path), path).toBe(false);
  });

  it("keeps a Spanish reader in Spanish: our reading-page links in rendered HTML move under /es", () => {
    const html = '<a href="/guide/glossary#term-naloxone">x</a><a href="/crisis">y</a><a href="/es/guide/triggers">z</a><a href="/family">f</a><a href="https://example.org/guide">e</a>';
    expect(localizeLinks(html, "es")).toBe(
      '<a href="/es/guide/glossary#term-naloxone">x</a><a href="/es/crisis">y</a><a href="/es/guide/triggers">z</a><a href="/family">f</a><a href="https://example.org/guide">e</a>',
    );
    expect(localizeLinks(html, "en")).toBe(html);
  });

  it("public/quick-exit.js and public/sw.js know the Spanish reading pages", () => {
    const source = /var PUBLIC_PAGE = \/(.+)\/;/.exec(readFileSync("public/quick-exit.js", "utf8"))![1]!;
    const publicPage = new RegExp(source);
    for (const path of ["/es", "/es/", "/es/right-now", "/es/crisis", "/es/offline", "/es/guide", "/es/guide/triggers"]) expect(publicPage.test(path), path).toBe(true);
    for (const path of ["/es/family", "/es/guide/a/b", "/esx", "/es/sign-in"]) expect(publicPage.test(path), path).toBe(false);
    const sw = readFileSync("public/sw.js", "utf8");
    expect(sw).toContain('[path, path === "/" ? "/es" : `/es${path}`]');
    expect(sw).toContain('cache.match("/es/offline")');
  });

  it("logs an English reading page under the route it always had, and a Spanish one under /es", () => {
    const root = mkdtempSync(join(tmpdir(), "steady-locale-routes-"));
    try {
      mkdirSync(join(root, ".next"));
      mkdirSync(join(root, "public"));
      const dynamicRoutes = ["/[locale]", "/[locale]/guide", "/[locale]/guide/[slug]", "/[locale]/crisis", "/family/[familyId]"].map((page) => ({
        page,
        regex: `^${page.replace(/\[[a-z]+\]/gi, "([^/]+?)")}(?:/)?$`,
      }));
      writeFileSync(join(root, ".next", "routes-manifest.json"), JSON.stringify({ staticRoutes: [{ page: "/family" }], dynamicRoutes }));
      const routeOf = routeMatcher(root);
      expect(routeOf("/")).toBe("/");
      expect(routeOf("/guide/triggers")).toBe("/guide/[slug]");
      expect(routeOf("/crisis")).toBe("/crisis");
      expect(routeOf("/es")).toBe("/es");
      expect(routeOf("/es/guide/triggers")).toBe("/es/guide/[slug]");
      expect(routeOf("/family")).toBe("/family");
      expect(routeOf("/family/abc")).toBe("/family/[familyId]");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("nginx keys its cache of English reading pages on the same Spanish-first pattern", () => {
    const site = readFileSync("deploy/nginx/steady.conf", "utf8");
    expect(site).toContain(`"~^${SPANISH_FIRST}$" es;`);
    expect(site).toContain("proxy_cache_key $scheme$host$request_uri$steady_spanish_first;");
  });
});
