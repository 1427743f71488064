import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/observability/logger.mjs";
import { requestMetrics, requestObserver, routeMatcher } from "@/lib/observability/requests.mjs";
import { PEER_HEADER, parseTrustProxy, stampPeer } from "@/lib/net/peer.mjs";

/** What scripts/serve.mjs does to each request before Next.js sees it (decisions 028, 029). */
function fakeRoot() {
  const root = mkdtempSync(join(tmpdir(), "steady-routes-"));
  mkdirSync(join(root, ".next"));
  mkdirSync(join(root, "public", "icons"), { recursive: true });
  writeFileSync(join(root, "public", "sw.js"), "");
  writeFileSync(join(root, "public", "icons", "icon-192.png"), "");
  writeFileSync(
    join(root, ".next", "routes-manifest.json"),
    JSON.stringify({
      staticRoutes: [{ page: "/" }, { page: "/family" }, { page: "/api/health" }],
      dynamicRoutes: [
        { page: "/family/[familyId]", regex: "^/family/([^/]+?)(?:/)?$" },
        { page: "/reset/[token]", regex: "^/reset/([^/]+?)(?:/)?$" },
        { page: "/api/auth/[...all]", regex: "^/api/auth/(.+?)(?:/)?$" },
      ],
    }),
  );
  return root;
}

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(stream) };
}

function fakeExchange(url: string, headers: Record<string, string> = {}, method = "GET") {
  const req = { url, method, headers: { ...headers } as Record<string, string | string[] | undefined>, socket: { remoteAddress: "::ffff:192.0.2.7" } };
  const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: true, headers: {} as Record<string, string>, setHeader(name: string, value: string) { this.headers[name.toLowerCase()] = value; } });
  return { req, res };
}

describe("the route of a request", () => {
  it("is the pattern from the build's manifest, never the path", () => {
    const root = fakeRoot();
    try {
      const routeOf = routeMatcher(root);
      expect(routeOf("/")).toBe("/");
      expect(routeOf("/family/")).toBe("/family");
      expect(routeOf("/family/cmx9abc")).toBe("/family/[familyId]");
      expect(routeOf("/reset/kT3vQ9xLm2Pz8RwY4nB6")).toBe("/reset/[token]");
      expect(routeOf("/api/auth/sign-in/email")).toBe("/api/auth/[...all]");
      expect(routeOf("/_next/static/chunks/abc123.js")).toBe("/_next/static/[file]");
      expect(routeOf("/_next/image")).toBe("/_next/[internal]");
      expect(routeOf("/sw.js")).toBe("/sw.js");
      expect(routeOf("/icons/icon-192.png")).toBe("/icons/icon-192.png");
      expect(routeOf("/wp-login.php")).toBe("(unmatched)");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("one JSON line per request", () => {
  it("has the time, route pattern, method, status, duration and request id, and nothing else", async () => {
    const root = fakeRoot();
    const { lines, logger } = capture();
    const registry = new Registry();
    const observe = requestObserver({ logger, routeOf: routeMatcher(root), metrics: requestMetrics(registry) });
    const { req, res } = fakeExchange("/reset/kT3vQ9xLm2Pz8RwY4nB6?email=sam%40example.org", { cookie: "session=secret-token", "user-agent": "Sam's phone" });
    observe(req as never, res as never);
    res.statusCode = 303;
    res.emit("close");
    await new Promise((resolve) => setTimeout(resolve, 50));
    logger.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    rmSync(root, { recursive: true, force: true });

    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(Object.keys(line).sort()).toEqual(["level", "method", "ms", "msg", "requestId", "route", "status", "time"]);
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/reset/[token]", status: 303 });
    expect(new Date(line.time as string).toISOString()).toBe(line.time);
    expect(line.requestId).toBe(res.headers["x-request-id"]);
    expect(req.headers["x-request-id"]).toBe(line.requestId);
    const text = JSON.stringify(lines);
    for (const secret of ["kT3vQ9xLm2Pz8RwY4nB6", "sam", "secret-token", "Sam's phone", "192.0.2.7"]) expect(text).not.toContain(secret);

    const metrics = await registry.metrics();
    expect(metrics).toContain('steady_http_requests_total{route="/reset/[token]",method="GET",status="303"} 1');
    expect(metrics).toContain('steady_http_request_duration_seconds_count{route="/reset/[token]",method="GET"} 1');
  });

  it("keeps a proxy's request id when it looks like one, and makes a new one otherwise; a cut-off answer is 499", async () => {
    const { lines, logger } = capture();
    const observe = requestObserver({ logger, routeOf: () => "/", metrics: requestMetrics(new Registry()) });
    const fromNginx = fakeExchange("/", { "x-request-id": "0123456789abcdef0123456789abcdef" });
    observe(fromNginx.req as never, fromNginx.res as never);
    fromNginx.res.emit("close");
    const forged = fakeExchange("/", { "x-request-id": 'x"}\n{"admin":true' }, "BREW");
    observe(forged.req as never, forged.res as never);
    forged.res.writableFinished = false;
    forged.res.emit("close");
    logger.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines[0]!.requestId).toBe("0123456789abcdef0123456789abcdef");
    expect(lines[1]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[1]).toMatchObject({ method: "OTHER", status: 499 });
  });
});

describe("the client's address stamp", () => {
  it("replaces what a client sent, and reads X-Forwarded-For only as far as the trusted proxies", () => {
    const direct = fakeExchange("/", { [PEER_HEADER]: "203.0.113.1", "x-forwarded-for": "198.51.100.1" }).req;
    stampPeer(direct as never, 0);
    expect(direct.headers[PEER_HEADER]).toBe("192.0.2.7");
    const proxied = fakeExchange("/", { "x-forwarded-for": "198.51.100.1, 203.0.113.50" }).req;
    stampPeer(proxied as never, 1);
    expect(proxied.headers[PEER_HEADER]).toBe("203.0.113.50");
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy("off")).toBe(0);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("yes")).toBeUndefined();
  });
});
