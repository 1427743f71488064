// npm run bench: the figures in docs/benchmarks.md, in one run, printed as one table.
//
//   npm run bench [-- --quick] [--skip-scale]
//
// 1. Write load over HTTP against `next start` (the production build): 50 people, each saving 20
//    check-ins through the real form (the server action a browser posts), all at once, on SQLite
//    and on PostgreSQL: stored, lost, saves/s, p50/p95/p99 of one save.
// 2. Scale: dashboard and timeline first page at 100 / 10,000 / 100,000 check-ins on both
//    databases, and streaming the export of 100,000 (scripts/bench-dashboard.ts).
// 3. Guide pages: requests/s and p50/p99 from `next start` and from nginx (Debian's package,
//    installed here when missing) serving the same prerendered HTML, and the ratio.
// 4. Client JavaScript per route (gzip) from the build.
//
// Builds first when the build is missing or stale. Every database is temporary and removed.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { buildIsCurrent } from "./build-state.mjs";
import { clientJsPerRoute } from "../lib/build/client-js";
import { startServer, stopServer, Visitor } from "../tests/support/server";
import { createPostgresDatabase } from "../tests/support/postgres";
import { migrateDeploy } from "../tests/support/migrate";

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const PEOPLE = QUICK ? 10 : 50;
const SAVES = QUICK ? 5 : 20;
const PORT = Number(process.env.BENCH_PORT ?? 3420);
// One `next start` process, and as many as the machine has cores (scripts/serve.mjs).
const PROCESSES = [...new Set([1, availableParallelism()])];
process.env.TEST_RUN_ID ??= `bench${process.pid}`;

type Row = { part: string; what: string; figures: string; goal: string };
const rows: Row[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);

/** CPU time (user + system, ms) used so far by a server process and its workers, from /proc. */
function serverCpuMs(pid: number): number {
  const pids = [pid, ...spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).map(Number)];
  let ticks = 0;
  for (const p of pids) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // the process is gone
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

// ---------------------------------------------------------------------------------------------
// 1. Write load

/**
 * `warm`: each person's connection is open before the clock starts (one unmeasured save each).
 * Cold, as the issue measured it, 50 new connections arrive at once beside people already saving;
 * on SQLite the last of them waited seconds (docs/benchmarks.md, "The cold-start tail").
 */
async function writeLoad(database: string, url: string, count: (prefix: string) => Promise<number>, processes = 1, warm = false) {
  const server = await startServer(PORT, { DATABASE_URL: url, WEB_CONCURRENCY: String(processes) });
  try {
    log(`${database}: signing up ${PEOPLE} people…`);
    const people: { post: (values: Record<string, string>) => Promise<Response>; index: number }[] = [];
    for (let start = 0; start < PEOPLE; start += 10) {
      people.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, PEOPLE - start) }, async (_, j) => {
            const visitor = new Visitor(server.url);
            await visitor.signUp(`Bench${start + j}`);
            const familyId = await visitor.createFamily(`Bench family ${start + j}`);
            return { post: await visitor.form(`/family/${familyId}/check-ins/new`, "worry"), index: start + j };
          }),
        )),
      );
    }
    // Warm-up, not measured: the first saves load the server action's code and fill caches.
    const warmer = new Visitor(server.url);
    await warmer.signUp("Warmup");
    const warmPost = await warmer.form(`/family/${await warmer.createFamily("Warm-up family")}/check-ins/new`, "worry");
    await Promise.all(Array.from({ length: 10 }, async () => {
      for (let n = 0; n < 5; n++) await warmPost({ worry: "3", wellbeing: "3", note: "warm-up", visibility: "family" });
    }));
    if (warm) await Promise.all(people.map(async ({ post }) => (await post({ worry: "3", wellbeing: "3", note: "warm-up", visibility: "family" })).arrayBuffer()));
    log(`${database}: ${PEOPLE} people x ${SAVES} check-ins, all at once (${processes} process${processes === 1 ? "" : "es"}${warm ? ", warm connections" : ""})…`);
    const prefix = `bench-${Date.now()}`;
    const latencies: number[] = [];
    let acknowledged = 0;
    let failed = 0;
    const started = performance.now();
    const cpuBefore = serverCpuMs(server.process.pid!);
    await Promise.all(
      people.map(async ({ post, index }) => {
        for (let n = 0; n < SAVES; n++) {
          const t = performance.now();
          const response = await post({ worry: String(1 + (n % 5)), wellbeing: "3", note: `${prefix} ${index}-${n}`, visibility: "family", signs: "emotional.isolating" });
          await response.arrayBuffer(); // as a browser does: the connection is free for the next request
          latencies.push(performance.now() - t);
          if (response.status === 303 && response.headers.get("location")?.includes("done=saved")) acknowledged++;
          else failed++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpuPerSave = (serverCpuMs(server.process.pid!) - cpuBefore) / (PEOPLE * SAVES);
    const stored = await count(prefix);
    latencies.sort((a, b) => a - b);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p)) as [number, number, number];
    rows.push({
      part: "write load",
      what: `${database}, ${PEOPLE} people x ${SAVES} check-ins over HTTP, ${processes} server process${processes === 1 ? "" : "es"}${warm ? ", warm connections" : ""}`,
      figures: `stored ${stored}/${PEOPLE * SAVES}, lost ${acknowledged - stored}, refused ${failed}, ${(acknowledged / seconds).toFixed(0)} saves/s, p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)} (p99/p50 ${(p99 / p50).toFixed(1)}), server CPU ${cpuPerSave.toFixed(1)} ms per save`,
      goal: `lost 0; p99 <= 3x p50; >= 314 saves/s (2x 157)`,
    });
  } finally {
    await stopServer(server);
  }
}

async function writeLoads() {
  const dir = mkdtempSync(join(tmpdir(), "steady-bench-"));
  const file = join(dir, "bench.db");
  try {
    migrateDeploy(`file:${file}`);
    const Database = (await import("better-sqlite3")).default;
    const count = async (prefix: string) => {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare("SELECT count(*) AS n FROM CheckIn WHERE note LIKE ?").get(`${prefix} %`) as { n: number }).n;
      db.close();
      return n;
    };
    for (const processes of PROCESSES) await writeLoad("SQLite", `file:${file}`, count, processes);
    for (const processes of PROCESSES) await writeLoad("SQLite", `file:${file}`, count, processes, true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = await createPostgresDatabase("bench_write");
  try {
    const count = async (prefix: string) => Number((await pg.query<{ n: string }>(`SELECT count(*) AS n FROM "CheckIn" WHERE note LIKE $1`, [`${prefix} %`]))[0]!.n);
    for (const processes of PROCESSES) await writeLoad("PostgreSQL", pg.url, count, processes);
    for (const processes of PROCESSES) await writeLoad("PostgreSQL", pg.url, count, processes, true);
  } finally {
    await pg.drop();
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Scale (scripts/bench-dashboard.ts does the seeding and timing)

type ScaleRow = { database: string; result: { size: number; dashboardMs: number; listMs: number; export?: { jsonSeconds: number; jsonMB: number; csvSeconds: number; csvMB: number; peakHeapGrowthMB: number } } };

function scale() {
  log("scale: seeding 100 / 10,000 / 100,000 check-ins on both databases (several minutes)…");
  const sizes = QUICK ? "100,2000" : "100,10000,100000";
  const run = spawnSync(process.execPath, [...process.execArgv, "scripts/bench-dashboard.ts", "--postgres", "--json", "--sizes", sizes, "--runs", "15", "--saves", "5"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = run.stdout.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
  if (run.status !== 0 || !line) throw new Error(`bench-dashboard failed:\n${run.stdout}`);
  const results = JSON.parse(line.slice("BENCH_RESULT ".length)) as ScaleRow[];
  for (const database of ["SQLite", "PostgreSQL"]) {
    const mine = results.filter((r) => r.database === database);
    const base = mine[0]!.result;
    for (const [name, key] of [["dashboard", "dashboardMs"], ["timeline first page", "listMs"]] as const) {
      rows.push({
        part: "scale",
        what: `${database}, ${name}`,
        figures: mine.map(({ result }) => `${result.size.toLocaleString("en-US")}: ${ms(result[key])} (${(result[key] / base[key]).toFixed(1)}x)`).join(", "),
        goal: "each <= 2x its time at 100",
      });
    }
    const big = mine.at(-1)!.result;
    if (big.export) {
      const e = big.export;
      rows.push({
        part: "export",
        what: `${database}, ${big.size.toLocaleString("en-US")} check-ins, streamed`,
        figures: `JSON ${e.jsonMB.toFixed(1)} MB in ${e.jsonSeconds.toFixed(1)} s, CSV ${e.csvMB.toFixed(1)} MB in ${e.csvSeconds.toFixed(1)} s, live heap grew at most ${e.peakHeapGrowthMB.toFixed(1)} MB`,
        goal: "memory flat (batches of 500)",
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Guide pages: next start against nginx on the same prerendered HTML

/** Closed-loop load: `concurrency` keep-alive connections asking for `paths` in turn for `seconds`. */
async function load(base: string, paths: string[], seconds: number, concurrency = 32, encoding = "gzip") {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const one = (path: string) =>
    new Promise<number>((resolve) => {
      const t = performance.now();
      const req = http.get(`${base}${path}`, { agent, headers: { "accept-encoding": encoding } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode === 200 ? performance.now() - t : -1));
      });
      req.on("error", () => resolve(-1));
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, c) => {
      for (let i = c; performance.now() < until; i++) {
        const took = await one(paths[i % paths.length]!);
        if (took < 0) errors++;
        else latencies.push(took);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

function ensureNginx(): string {
  for (const path of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(path)) return path;
  log("installing Debian's nginx (bench only)…");
  execFileSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light"], { stdio: "ignore" });
  return "/usr/sbin/nginx";
}

async function guidePages() {
  const app = join(process.cwd(), ".next/server/app");
  const slugs = readdirSync(join(app, "guide")).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5));
  const paths = ["/", "/right-now", "/crisis", "/guide", ...slugs.map((s) => `/guide/${s}`)];
  const seconds = QUICK ? 3 : 10;

  const dir = mkdtempSync(join(tmpdir(), "steady-nginx-"));
  const nginxPort = PORT + 1;
  writeFileSync(
    join(dir, "nginx.conf"),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  default_type text/html;
  gzip on; gzip_types text/html; gzip_comp_level 6;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${app};
    location = / { try_files /index.html =404; }
    location / { try_files $uri.html =404; }
  }
}
`,
  );
  const nginx = spawn(ensureNginx(), ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "ignore" });
  const sqlite = join(dir, "app.db");
  migrateDeploy(`file:${sqlite}`);
  const server = await startServer(PORT, { DATABASE_URL: `file:${sqlite}` });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const path of paths) {
      const [a, b] = await Promise.all([fetch(`${server.url}${path}`), fetch(`http://127.0.0.1:${nginxPort}${path}`)]);
      if (a.status !== 200 || b.status !== 200) throw new Error(`${path}: next ${a.status}, nginx ${b.status}`);
    }
    log(`guide pages: ${paths.length} pages, ${seconds} s each against next start and nginx…`);
    await load(server.url, paths, 2); // warm-up
    const next = await load(server.url, paths, seconds);
    await load(`http://127.0.0.1:${nginxPort}`, paths, 1);
    const ngx = await load(`http://127.0.0.1:${nginxPort}`, paths, seconds);
    rows.push({
      part: "guide pages",
      what: `next start, ${paths.length} prerendered pages, 32 connections, gzip`,
      figures: `${next.rps.toFixed(0)} req/s, p50 ${ms(next.p50)}, p99 ${ms(next.p99)}, errors ${next.errors}`,
      goal: "",
    });
    rows.push({ part: "guide pages", what: "nginx, the same HTML files", figures: `${ngx.rps.toFixed(0)} req/s, p50 ${ms(ngx.p50)}, p99 ${ms(ngx.p99)}, errors ${ngx.errors}`, goal: "" });
    rows.push({ part: "guide pages", what: "ratio next start / nginx (req/s)", figures: (next.rps / ngx.rps).toFixed(2), goal: "raise it (was 0.04)" });
    // Where next start's time goes: gzip of every response is about a quarter of its CPU.
    const nextPlain = await load(server.url, paths, seconds, 32, "identity");
    const ngxPlain = await load(`http://127.0.0.1:${nginxPort}`, paths, seconds, 32, "identity");
    rows.push({
      part: "guide pages",
      what: "the same without gzip (accept-encoding: identity)",
      figures: `next start ${nextPlain.rps.toFixed(0)} req/s (p50 ${ms(nextPlain.p50)}, p99 ${ms(nextPlain.p99)}), nginx ${ngxPlain.rps.toFixed(0)} req/s (p50 ${ms(ngxPlain.p50)}, p99 ${ms(ngxPlain.p99)}), ratio ${(nextPlain.rps / ngxPlain.rps).toFixed(2)}`,
      goal: "",
    });
  } finally {
    await stopServer(server);
    nginx.kill("SIGTERM");
    await new Promise((resolve) => nginx.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

function clientJs() {
  const routes = clientJsPerRoute();
  const kb = (n: number) => (n / 1024).toFixed(1);
  const reading = routes.filter((r) => ["/", "/guide/[slug]", "/right-now", "/crisis", "/guide"].includes(r.route));
  const app = routes.filter((r) => !reading.includes(r));
  rows.push({
    part: "client JS (gzip)",
    what: "reading pages (/, /guide, /guide/[slug], /right-now, /crisis)",
    figures: `${kb(Math.min(...reading.map((r) => r.gzipBytes)))}-${kb(Math.max(...reading.map((r) => r.gzipBytes)))} KB`,
    goal: "budget 140 KB (tests/e2e/client-js-budget.spec.ts)",
  });
  const biggest = app.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  rows.push({
    part: "client JS (gzip)",
    what: `app pages (${app.length} routes)`,
    figures: `${kb(Math.min(...app.map((r) => r.gzipBytes)))}-${kb(biggest.gzipBytes)} KB (largest ${biggest.route})`,
    goal: "budget 148 KB",
  });
}

function printTable() {
  const header = ["part", "what", "figures", "goal"];
  const lines = rows.map((r) => [r.part, r.what, r.figures, r.goal]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

async function main() {
  if (!buildIsCurrent()) {
    log("building (the build is missing or older than the sources)…");
    execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  }
  const only = args.find((a) => a.startsWith("--only="))?.slice(7).split(",");
  const want = (part: string) => !only || only.includes(part);
  if (want("write")) await writeLoads();
  if (want("scale") && !args.includes("--skip-scale")) scale();
  if (want("guide")) await guidePages();
  if (want("js")) clientJs();
  console.log("");
  printTable();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
