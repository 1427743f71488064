// npm run bench: the figures in docs/benchmarks.md, in one run, printed as one table.
//
//   npm run bench [-- --quick] [--skip-scale]
//
// 1. Write load over HTTP against `next start` (the production build): 50 people, each saving 20
//    check-ins through the real form (the server action a browser posts), all at once, on SQLite
//    and on PostgreSQL: stored, lost, saves/s, p50/p95/p99 of one save.
// 2. Scale: dashboard and timeline first page at 100 / 10,000 / 100,000 check-ins on both
//    databases, and streaming the export of 100,000 (scripts/bench-dashboard.ts).
// 3. Guide pages: requests/s and p50/p99 (wrk) from Node alone, from bare nginx serving the same
//    prerendered HTML, and through the shipped nginx front (deploy/nginx/steady.conf, caching, in
//    front of two app processes), with and without gzip. Debian's nginx and wrk are installed
//    here when missing.
// 4. Client JavaScript per route (gzip) from the build.
//
// Builds first when the build is missing or stale. Every database is temporary and removed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { buildIsCurrent } from "./build-state.mjs";
import { clientJsPerRoute } from "./lib/client-js";
import { startServer, stopServer, Visitor } from "../tests/support/server";
import { createPostgresDatabase } from "../tests/support/postgres";
import { migrateDeploy } from "../tests/support/migrate";
import { httpsFetch, mainConfig, renderSite, selfSignedCertificate, SITE, startNginx } from "../tests/support/nginx";

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
// 3. Guide pages: Node alone, bare nginx on the same HTML files, and the shipped nginx front
//    (deploy/nginx/steady.conf in front of two app processes), with wrk, with and without gzip.

function ensurePackage(binary: string, pkg: string): string {
  if (existsSync(binary)) return binary;
  log(`installing Debian's ${pkg} (bench only)…`);
  execFileSync("bash", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`], { stdio: "ignore" });
  return binary;
}

type WrkResult = { rps: number; p50: number; p99: number; errors: number };

/** wrk: 2 threads, 32 keep-alive connections, `paths` in turn, for `seconds`. */
function wrk(base: string, paths: string[], seconds: number, gzip: boolean, dir: string): WrkResult {
  const script = join(dir, "paths.lua");
  writeFileSync(
    script,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(", ")}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
`,
  );
  const out = execFileSync(ensurePackage("/usr/bin/wrk", "wrk"), ["-t2", "-c32", `-d${seconds}s`, "--latency", "-H", `Accept-Encoding: ${gzip ? "gzip" : "identity"}`, "-s", script, base], { encoding: "utf8" });
  const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[unit]!;
  const latency = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(out);
    return m ? toMs(m[1]!, m[2]!) : NaN;
  };
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((n, v) => n + Number(v), 0) : 0);
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]), p50: latency("50"), p99: latency("99"), errors };
}

async function guidePages() {
  const app = join(process.cwd(), ".next/server/app");
  const slugs = readdirSync(join(app, "en", "guide")).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5));
  const paths = ["/", "/right-now", "/crisis", "/guide", ...slugs.map((s) => `/guide/${s}`)];
  const seconds = QUICK ? 3 : 10;
  ensurePackage("/usr/sbin/nginx", "nginx-light");

  const dir = mkdtempSync(join(tmpdir(), "steady-nginx-"));
  const [appA, appB, frontHttp, front, bare] = [PORT + 2, PORT + 3, PORT + 4, PORT + 5, PORT + 6];
  const { cert, key, ca } = selfSignedCertificate(dir);
  const site = join(dir, "steady.conf");
  writeFileSync(site, renderSite(readFileSync(SITE, "utf8"), { dir, httpPort: frontHttp, httpsPort: front, upstreams: [appA, appB], cert, key }));
  // Bare nginx: the same prerendered HTML files from disk, with the same TLS and gzip settings.
  const siteText = readFileSync(SITE, "utf8");
  const gzipLines = siteText.split("\n").filter((l) => /^\s*gzip/.test(l)).join("\n");
  const bareSite = join(dir, "bare.conf");
  writeFileSync(
    bareSite,
    `server {
    listen 127.0.0.1:${bare} ssl http2;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:bare_tls:10m;
    root ${app};
    default_type "text/html; charset=utf-8";
${gzipLines}
    location = / { try_files /index.html =404; }
    location / { try_files $uri.html =404; }
}
`,
  );
  const sqlite = join(dir, "app.db");
  migrateDeploy(`file:${sqlite}`);
  const env = { DATABASE_URL: `file:${sqlite}`, TRUST_PROXY: "1", NOTIFICATIONS_WORKER: "off" };
  const [one, two] = await Promise.all([startServer(appA, env), startServer(appB, env)]);
  const nginx = await startNginx(dir, mainConfig(dir, site, `include ${bareSite};`), front);
  try {
    const fetchTls = httpsFetch(ca);
    for (const path of paths) {
      for (const encoding of ["gzip", "identity"]) {
        const [a, b, c] = await Promise.all([
          fetch(`${one.url}${path}`, { headers: { "accept-encoding": encoding } }),
          fetchTls(`https://127.0.0.1:${front}${path}`, { headers: { "accept-encoding": encoding } }),
          fetchTls(`https://127.0.0.1:${bare}${path}`, { headers: { "accept-encoding": encoding } }),
        ]);
        if (a.status !== 200 || b.status !== 200 || c.status !== 200) throw new Error(`${path}: node ${a.status}, front ${b.status}, bare ${c.status}`);
      }
    }
    log(`guide pages: ${paths.length} pages, ${seconds} s per run with wrk (2 threads, 32 connections)…`);
    for (const gzip of [true, false]) {
      const label = gzip ? "gzip" : "no compression";
      wrk(`https://127.0.0.1:${front}`, paths, 1, gzip, dir); // warm-up
      const bareRun = wrk(`https://127.0.0.1:${bare}`, paths, seconds, gzip, dir);
      const frontRun = wrk(`https://127.0.0.1:${front}`, paths, seconds, gzip, dir);
      const nodeRun = wrk(one.url, paths, seconds, gzip, dir);
      const row = (what: string, r: WrkResult, goal = "") =>
        rows.push({ part: "guide pages", what: `${what}, ${label}`, figures: `${r.rps.toFixed(0)} req/s (${(r.rps / bareRun.rps).toFixed(2)}x bare nginx), p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, errors ${r.errors}`, goal });
      row("bare nginx, the same HTML files over HTTPS", bareRun);
      row("the shipped nginx front (deploy/nginx/steady.conf, cached), HTTPS", frontRun, ">= 0.8x bare nginx");
      row("Node alone (scripts/serve.mjs, one process), HTTP", nodeRun);
    }
  } finally {
    await nginx.stop();
    await Promise.all([stopServer(one), stopServer(two)]);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

function clientJs() {
  const routes = clientJsPerRoute();
  const kb = (n: number) => (n / 1024).toFixed(1);
  const reading = routes.filter((r) => ["/[locale]", "/[locale]/guide/[slug]", "/[locale]/right-now", "/[locale]/crisis", "/[locale]/guide"].includes(r.route));
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
