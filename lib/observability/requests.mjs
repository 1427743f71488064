// What the server entry (scripts/serve.mjs) records about each request: one JSON log line and
// the request metrics. docs/decisions/029-logs-and-metrics.md.
//
// A request is named by its route pattern (/family/[familyId], /s/[token]) from the build's
// routes manifest, never by its path: paths carry invitation, reset and sharing tokens, and a
// pattern keeps the metrics' label sets small.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import client from "prom-client";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/")}`);
}

/** A function from a request path to its route pattern, from `.next/routes-manifest.json` and public/. */
export function routeMatcher(root) {
  const manifest = JSON.parse(readFileSync(join(root, ".next", "routes-manifest.json"), "utf8"));
  const exact = new Set([...manifest.staticRoutes.map((route) => route.page), ...filesUnder(join(root, "public"))]);
  const dynamic = manifest.dynamicRoutes.map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static/[file]";
    if (pathname.startsWith("/_next/")) return "/_next/[internal]";
    const path = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
    if (exact.has(path)) return path;
    // Reading pages live in app/[locale]/ (decision 050): English ones, answered from /en/..., keep
    // the labels they always had ("/guide/[slug]"); Spanish ones read "/es/guide/[slug]".
    const spanish = path === "/es" || path.startsWith("/es/");
    const reading = dynamic.find((route) => route.page.startsWith("/[locale]") && route.regex.test(spanish ? path : `/en${path === "/" ? "" : path}`));
    if (reading) return `${spanish ? "/es" : ""}${reading.page.slice("/[locale]".length)}` || "/";
    return dynamic.find((route) => route.regex.test(path))?.page ?? "(unmatched)";
  };
}

/** The request metrics, created once on prom-client's registry. */
export function requestMetrics(registry = client.register) {
  const get = (name) => registry.getSingleMetric(name);
  return {
    requests:
      get("steady_http_requests_total") ??
      new client.Counter({ name: "steady_http_requests_total", help: "HTTP requests by route pattern, method and status", labelNames: ["route", "method", "status"], registers: [registry] }),
    duration:
      get("steady_http_request_duration_seconds") ??
      new client.Histogram({
        name: "steady_http_request_duration_seconds",
        help: "Time from a request's arrival to the end of its response, by route pattern and method",
        labelNames: ["route", "method"],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
  };
}

/**
 * Returns observe(req, res): gives the request an id (a proxy's X-Request-Id when it looks like
 * one, else a new UUID; set on the request for the app and on the response), and when the response
 * ends logs one line and counts it. A response cut off before its end counts as status 499.
 */
export function requestObserver({ logger, routeOf, metrics = requestMetrics() }) {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf((req.url ?? "/").split("?")[0]);
      const method = METHODS.has(req.method) ? req.method : "OTHER";
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.requests.inc({ route, method, status: String(status) });
      metrics.duration.observe({ route, method }, seconds);
      logger.info({ requestId, method, route, status, ms: Math.round(seconds * 10_000) / 10 }, "request");
    });
  };
}

/** Serves GET /metrics (Prometheus text format) from `registry` on host:port; nothing else. */
export async function startMetricsServer({ host, port, metrics, contentType }) {
  const http = await import("node:http");
  const server = http.createServer(async (req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await metrics();
      res.writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-store" }).end(body);
    } catch (error) {
      console.error("metrics:", error instanceof Error ? error.message : error);
      res.writeHead(500).end();
    }
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  return server;
}
