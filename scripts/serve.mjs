// Runs `next start` in WEB_CONCURRENCY processes (default 1) that share one port, with Node's
// cluster module: the primary accepts connections and hands them to the workers in turn. One Node
// process uses one core; on SQLite the database is shared safely across processes (WAL, busy
// timeout: docs/decisions/014). Arguments are passed on to `next start` (e.g. -p 8080).
// docs/decisions/024-several-processes.md.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");

function workerCount(value) {
  if (value === undefined || value === "") return 1;
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64, or "auto" (got "${value}").`);
    process.exit(1);
  }
  return n;
}

const count = workerCount(process.env.WEB_CONCURRENCY);
cluster.setupPrimary({ exec: join(ROOT, "node_modules", "next", "dist", "bin", "next"), args: ["start", ...process.argv.slice(2)], cwd: ROOT });

let stopping = false;
for (let i = 0; i < count; i++) cluster.fork();
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // A worker that dies takes the others down with it: a supervisor (systemd, a container) restarts
  // the whole app, rather than this process hiding a crash loop.
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
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
