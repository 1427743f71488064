import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import robots from "@/app/robots";
import { DATABASE_ENDPOINTS, isPrivate, isStaticRoute, needsDatabase, PRIVATE_AREAS, privateHeaderSources, robotsDisallow, STATIC_PAGES } from "@/lib/routes";

// The route manifest (lib/routes.ts) is the one list; each place that treats routes differently
// must read it rather than keep a list of its own.

describe("the route manifest", () => {
  it("next.config.ts sends X-Robots-Tag: noindex on exactly the manifest's private areas", async () => {
    const rules = (await nextConfig.headers!()) ?? [];
    const noindex = rules.filter((rule) => rule.headers.some((h) => h.key === "X-Robots-Tag" && h.value.includes("noindex"))).map((rule) => rule.source);
    expect(noindex).toEqual(privateHeaderSources());
    for (const area of PRIVATE_AREAS) expect(noindex, area.path).toContain(`${area.path}/:path*`);
  });

  it("robots.txt disallows exactly the manifest's private areas", () => {
    const rules = robots().rules;
    const disallow = (Array.isArray(rules) ? rules[0]! : rules).disallow;
    expect(disallow).toEqual(robotsDisallow());
    expect(disallow).toContain("/reset/");
  });

  it("proxy.ts takes the outage answer, the policy choice and the shared-list gate from the manifest", () => {
    const proxy = readFileSync("proxy.ts", "utf8");
    expect(proxy).toMatch(/import \{[^}]*\bisStaticRoute\b[^}]*\bneedsDatabase\b[^}]*\} from "@\/lib\/routes"/);
    expect(proxy).toContain("SHARED_LIST_AREA");
    // No route literal of its own ("/s/", "/family" …) beyond the auth API it leaves to better-auth.
    const literals = [...proxy.matchAll(/["'`](\/[a-z][a-z-]*\/?)["'`]/g)].map((m) => m[1]);
    expect(literals.filter((path) => !path!.startsWith("/api/auth"))).toEqual([]);
    for (const file of ["lib/security/policy.ts", "lib/outage/unavailable-page.ts", "next.config.ts"]) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\/\^\\\/(family|guide|s\\\/)/);
    }
  });

  it("private areas need the database and are never prerendered; prerendered pages never need it", () => {
    for (const area of [...PRIVATE_AREAS, ...DATABASE_ENDPOINTS]) {
      const path = `${area.path}/x`;
      expect(needsDatabase(path), path).toBe(true);
      expect(isStaticRoute(path), path).toBe(false);
    }
    for (const page of STATIC_PAGES) {
      const path = page.replace(":slug", "triggers");
      expect(isStaticRoute(path), path).toBe(true);
      expect(needsDatabase(path), path).toBe(false);
      expect(isPrivate(path), path).toBe(false);
    }
    expect(isPrivate("/familyx")).toBe(false);
    expect(isPrivate("/s")).toBe(false);
    expect(isPrivate("/s/abc")).toBe(true);
  });
});
