import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossOrigin, replyProblem } from "@/lib/security/policy";
import { isStaticRoute } from "@/lib/routes";
import { stylesheetHashes } from "@/lib/security/static-hashes";
import { observatory } from "../support/observatory";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const origin = "https://steady.example";
const base = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "cross-origin-resource-policy": "same-origin",
};

describe("the MDN HTTP Observatory scorer (tests/support/observatory.ts)", () => {
  it("scores the old policy (script-src 'unsafe-inline') 80 as the attack report did, and 60 without HSTS", () => {
    const oldCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    const scan = observatory({ ...base, "content-security-policy": oldCsp }, { origin });
    expect(scan.penalties.map((p) => p.result)).toEqual(["csp-implemented-with-unsafe-inline"]);
    expect(scan.score).toBe(80);
    expect(observatory({ ...base, "strict-transport-security": undefined, "content-security-policy": oldCsp }, { origin }).score).toBe(60);
  });

  it("gives our policies (with and without a nonce) A+ with no penalty", () => {
    for (const nonce of [undefined, "abc123"]) {
      const scan = observatory({ ...base, "content-security-policy": contentSecurityPolicy({ nonce }) }, { origin, body: '<script src="/_next/static/x.js"></script>' });
      expect(scan.penalties).toEqual([]);
      expect(scan.grade).toBe("A+");
      expect(scan.score).toBe(120);
    }
  });
});

describe("content security policy", () => {
  it("never allows inline script or eval in production", () => {
    for (const nonce of [undefined, "n0nce"]) {
      const policy = contentSecurityPolicy({ nonce });
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(policy).toMatch(/default-src 'none'/);
      expect(policy).toMatch(/frame-ancestors 'none'/);
      expect(policy).toMatch(/object-src 'none'/);
    }
    expect(contentSecurityPolicy({ nonce: "n0nce" })).toMatch(/script-src 'self' 'nonce-n0nce';/);
  });

  it("allows inline styles only by the hashes of the build's stylesheets (inlined in every page, decision 035)", () => {
    const policy = contentSecurityPolicy({ nonce: "n0nce", styleHashes: ["'sha256-abc='"] });
    expect(policy).toMatch(/style-src 'self' 'sha256-abc=';/);
    expect(contentSecurityPolicy({})).toMatch(/style-src 'self';/);
    expect(contentSecurityPolicy({ styleHashes: ["'sha256-abc='"], development: true })).toMatch(/style-src 'self' 'unsafe-inline';/);
    const scan = observatory({ ...base, "content-security-policy": policy }, { origin, body: "<style>p{}</style>" });
    expect(scan.score).toBe(120);
  });

  it("hashes every stylesheet the build wrote, exactly as the page carries it", () => {
    const dir = mkdtempSync(join(tmpdir(), "styles-"));
    mkdirSync(join(dir, "static", "chunks"), { recursive: true });
    writeFileSync(join(dir, "static", "chunks", "a.css"), "p{color:red}");
    writeFileSync(join(dir, "static", "chunks", "a.js"), "not a stylesheet");
    const expected = `'sha256-${createHash("sha256").update("p{color:red}").digest("base64")}'`;
    expect(stylesheetHashes(dir)).toEqual([expected]);
    rmSync(dir, { recursive: true });
  });

  it("treats only the prerendered reading pages as static", () => {
    for (const path of ["/", "/guide", "/guide/triggers", "/right-now", "/crisis", "/quick-exit.js"]) expect(isStaticRoute(path), path).toBe(true);
    for (const path of ["/family", "/family/x", "/sign-in", "/account", "/s/abc", "/guide/a/b", "/counselor/sign-up"]) expect(isStaticRoute(path), path).toBe(false);
  });
});

describe("requests refused before a server action", () => {
  it("refuses posts from other sites", () => {
    const allowed = ["https://steady.example"];
    expect(isCrossOrigin(new Headers({ origin: "https://evil.example" }), allowed)).toBe(true);
    expect(isCrossOrigin(new Headers({ origin: "null" }), allowed)).toBe(true);
    expect(isCrossOrigin(new Headers({ "sec-fetch-site": "cross-site" }), allowed)).toBe(true);
    expect(isCrossOrigin(new Headers({ origin: "https://steady.example", "sec-fetch-site": "same-origin" }), allowed)).toBe(false);
  });

  it("refuses reply values Next.js would fail on, and allows what our forms send", () => {
    expect(replyProblem([{ status: "idle" }, "$K1"])).toBeUndefined();
    expect(replyProblem(["$$escaped", "$undefined", "$D2026-01-01T00:00:00.000Z", 1, null, true])).toBeUndefined();
    for (const bad of ["$Q1", "$W2", "$@1", "$F3", "$B4", "$T", "$h1"]) expect(replyProblem([bad]), bad).toBeDefined();
    let nested: unknown = [];
    for (let i = 0; i < 100; i++) nested = [nested];
    expect(replyProblem(nested)).toBe("nested too deeply");
    expect(replyProblem({ id: "abc", bound: "$@1" }, 0, true)).toBeUndefined();
  });
});
