// The app's server entry: `npm start` runs it (after building and migrating), and so do the
// systemd unit and the container (docs/deploy.md). It is Next.js's documented "custom server":
// a node:http server that hands every request to Next.js, after doing the three things only the
// server knows how to do:
//   1. stamp the client's address on the request (lib/net/peer.mjs): the socket's peer, or with
//      TRUST_PROXY=N the entry N places from the right of X-Forwarded-For. The app's rate limits
//      read only that (docs/decisions/010-rate-limits.md, 028-server-entry.md);
//   2. log one JSON line per request and count it in the Prometheus metrics
//      (lib/observability/requests.mjs, decision 029);
//   3. stop gracefully on SIGTERM: no new connections, the requests under way finish.
//
// WEB_CONCURRENCY=N (default 1; "auto" = one per core) runs N such processes sharing the port with
// Node's cluster module (decision 024). METRICS_PORT serves GET /metrics on METRICS_HOST
// (127.0.0.1 by default), a port of its own that the operator keeps private; with several
// processes, the primary adds up their figures.
//
//   node scripts/serve.mjs [-p PORT] [-H HOSTNAME]       (PORT, HOSTNAME from the environment too)
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import client from "prom-client";
import { parseTrustProxy, stampPeer } from "../lib/net/peer.mjs";
import { createLogger } from "../lib/observability/logger.mjs";
import { requestObserver, routeMatcher, startMetricsServer } from "../lib/observability/requests.mjs";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

function workerCount(value) {
  if (value === undefined || value === "") return 1;
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) fail(`WEB_CONCURRENCY must be a whole number from 1 to 64, or "auto" (got "${value}").`);
  return n;
}

function portNumber(name, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) fail(`${name} must be a port number from 1 to 65535 (got "${value}").`);
  return n;
}

const { values: options } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: false,
});
const port = portNumber("PORT", options.port ?? process.env.PORT ?? "3000");
const hostname = options.hostname ?? process.env.HOSTNAME ?? undefined; // all interfaces by default, as `next start`
const count = workerCount(process.env.WEB_CONCURRENCY);
const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY);
if (trustedProxies === undefined) fail(`TRUST_PROXY must be "off" or the number of proxies in front of the app (1-5) (got "${process.env.TRUST_PROXY}").`);
const metricsPort = process.env.METRICS_PORT && process.env.METRICS_PORT !== "off" ? portNumber("METRICS_PORT", process.env.METRICS_PORT) : undefined;
const metricsHost = process.env.METRICS_HOST || "127.0.0.1";

/** One server process: Next.js behind a node:http server of our own. */
async function serve() {
  const logger = createLogger();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  client.collectDefaultMetrics({ prefix: "steady_" });
  const observe = requestObserver({ logger, routeOf: routeMatcher(ROOT) });
  let closing = false;
  /** Each open connection: requests under way, and since when it has been quiet. */
  const connections = new Set();
  const activity = new WeakMap();
  const server = http.createServer((req, res) => {
    const state = activity.get(req.socket);
    if (state) {
      state.busy++;
      res.once("close", () => {
        state.busy--;
        state.since = Date.now();
      });
    }
    stampPeer(req, trustedProxies);
    observe(req, res);
    if (closing) res.setHeader("Connection", "close");
    handle(req, res);
  });
  server.on("connection", (socket) => {
    connections.add(socket);
    activity.set(socket, { busy: 0, since: Date.now() });
    socket.once("close", () => connections.delete(socket));
  });
  // Longer than a proxy's idle upstream connections (nginx: 60 s), so the proxy never sends a
  // request on a connection this server is closing.
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  try {
    await new Promise((resolve, reject) => server.once("error", reject).listen(port, hostname, resolve));
  } catch (error) {
    // Exit: Next.js keeps a process alive through uncaught errors, and a server that cannot
    // listen must not look started (another process may be answering on the port).
    fail(`Cannot listen on ${hostname ?? "*"}:${port}: ${error instanceof Error ? error.message : error}`);
  }
  logger.info({ port, hostname: hostname ?? "*", trustedProxies, worker: cluster.isWorker ? cluster.worker.id : undefined }, "listening");

  const stop = () => {
    if (closing) return;
    closing = true;
    // One more poll phase of the event loop first (setImmediate twice: this one runs before the
    // next poll): it accepts the connections the kernel has already completed, which closing the
    // listener would otherwise reset after the proxy had sent them a request (a post it must not
    // send again: a 502).
    const nextPoll = (then) => setImmediate(() => setImmediate(then));
    nextPoll(() => {
      server.closeIdleConnections = () => {}; // close() would drop them at once; see closeQuietOnes
      server.close(() => logger.flush(() => process.exit(0)));
      closeQuietOnes();
    });
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  // A connection with a request under way closes after its response (Connection: close, above).
  // One with none is closed only once it has been quiet for a second, checked after the loop's
  // poll phase (setImmediate), so a request that has arrived but is not read yet (the loop was
  // busy) is read first and never cut off.
  const closeQuietOnes = () => {
    const now = Date.now();
    for (const socket of connections) {
      if (activity.get(socket)?.busy === 0 && now - activity.get(socket).since >= 1000) socket.destroy();
    }
    if (connections.size > 0) setTimeout(() => setImmediate(closeQuietOnes), 250).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

async function metricsServer(metrics, contentType) {
  if (metricsPort === undefined) return;
  try {
    await startMetricsServer({ host: metricsHost, port: metricsPort, metrics, contentType });
  } catch (error) {
    fail(`Cannot serve metrics on ${metricsHost}:${metricsPort}: ${error instanceof Error ? error.message : error}`);
  }
}

if (count === 1) {
  await serve();
  await metricsServer(() => client.register.metrics(), client.register.contentType);
} else if (cluster.isWorker) {
  new client.AggregatorRegistry(); // answers the primary's requests for this worker's figures
  await serve();
} else {
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies takes the others down with it: a supervisor (systemd, a container)
    // restarts the whole app, rather than this process hiding a crash loop.
    console.error(`A server process stopped (${signal ?? `exit ${code}`}); stopping the others.`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
    setTimeout(() => process.exit(1), 10_000).unref();
    process.exitCode = 1;
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 12_000).unref();
    });
  }
  // The workers' figures added up (prom-client asks each worker over the cluster's IPC).
  const aggregator = new client.AggregatorRegistry();
  await metricsServer(() => aggregator.clusterMetrics(), aggregator.contentType);
}
