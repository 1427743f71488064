// Times the dashboard and saving a check-in on families with 100, 10,000 and 100,000 check-ins,
// in one run, on a fresh temporary SQLite database (and PostgreSQL with --postgres).
//
//   npx tsx scripts/bench-dashboard.ts [--postgres [postgresql://postgres@127.0.0.1:5432]]
//                                      [--sizes 100,10000,100000] [--runs 10] [--saves 50]
//                                      [--no-export] [--json]
//
// At the largest size it also streams the family's JSON and CSV exports and reports how long
// they took and how far the heap grew meanwhile (flat: the export is read in batches).
//
// Each database is created and migrated with `prisma migrate deploy`, used, then removed.
// The timing runs in a child process started with --conditions=react-server, so the app's
// "server-only" modules load as they do on the server, and DATABASE_URL is set before lib/db is.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPT = fileURLToPath(import.meta.url);
const RESULT_MARK = "BENCH_RESULT ";

type Result = {
  size: number;
  seedSeconds: number;
  dashboardMs: number;
  dashboardMaxMs: number;
  listMs: number;
  saveMs: number;
  /** Streaming the JSON and CSV exports of the whole family (largest size only). */
  export?: { jsonSeconds: number; jsonMB: number; csvSeconds: number; csvMB: number; peakHeapGrowthMB: number };
};

function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = args[index + 1];
  return value && !value.startsWith("--") ? value : "";
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---------------------------------------------------------------------------------------------
// Worker: seeds and times, against the DATABASE_URL it was given.

async function worker(args: string[]) {
  const sizes = (argument(args, "sizes") ?? "100,10000,100000").split(",").map(Number);
  const runs = Number(argument(args, "runs") ?? "10");
  const saves = Number(argument(args, "saves") ?? "50");
  const { db } = await import("../lib/db");
  const { getDashboard } = await import("../lib/family/trend");
  const { createCheckIn, listCheckIns, latestCheckInDate } = await import("../lib/family/checkins");
  const { addDays } = await import("../lib/dates");
  const { seedLargeFamily } = await import("./seed-large-family");
  const { streamFamilyJson, streamCheckInsCsv } = await import("../lib/family/export");

  /**
   * Reads an export stream to the end, as a download would (chunks are dropped once counted).
   * Returns seconds, MB, and how far the live heap grew: measured after a full GC every 20
   * chunks, so it is what the export holds on to, not garbage waiting to be collected.
   */
  const drain = async (stream: AsyncIterable<string>) => {
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    let bytes = 0;
    let chunks = 0;
    let paused = 0;
    const started = performance.now();
    for await (const chunk of stream) {
      bytes += Buffer.byteLength(chunk);
      if (++chunks % 20 === 0) {
        const t = performance.now();
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        paused += performance.now() - t;
      }
    }
    return { seconds: (performance.now() - started - paused) / 1000, mb: bytes / 1e6, growthMB: (peak - heapBefore) / 1e6 };
  };

  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };

  for (const [i, size] of sizes.entries()) {
    const seedStart = performance.now();
    const family = await seedLargeFamily(db, { checkIns: size, seed: i + 1, log: (line) => process.stderr.write(`${line}\n`) });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    // Fresh planner statistics, as autovacuum keeps them on a live database: right after a bulk
    // load PostgreSQL still plans for the empty table (a 4x slower timeline page in one run).
    if (process.env.DATABASE_URL?.startsWith("postgres")) await db.$executeRawUnsafe("ANALYZE");
    const actor = { userId: family.ownerId };

    for (let w = 0; w < 3; w++) await getDashboard(actor, family.familyId); // warm-up
    const dashboard: number[] = [];
    for (let r = 0; r < runs; r++) dashboard.push(await time(() => getDashboard(actor, family.familyId)));

    for (let w = 0; w < 3; w++) await listCheckIns(actor, family.familyId);
    const list: number[] = [];
    for (let r = 0; r < runs; r++) list.push(await time(() => listCheckIns(actor, family.familyId)));

    const today = latestCheckInDate();
    const save: number[] = [];
    for (let r = 0; r < saves; r++) {
      save.push(
        await time(() =>
          createCheckIn(actor, family.familyId, {
            date: addDays(today, -(r % 20)),
            signs: ["emotional.isolating", "mental.cravings", "mental.old-contacts"],
            triggers: ["emotional.stress", "social.old-friends"],
            worry: 4,
            wellbeing: 2,
            note: "Benchmark check-in. He was quiet and went out late.",
            visibility: r % 5 === 0 ? "private" : "family",
          }),
        ),
      );
    }

    let exported: Result["export"];
    if (size === Math.max(...sizes) && !args.includes("--no-export")) {
      const json = await drain(await streamFamilyJson(actor, family.familyId));
      const csv = await drain(await streamCheckInsCsv(actor, family.familyId));
      exported = { jsonSeconds: json.seconds, jsonMB: json.mb, csvSeconds: csv.seconds, csvMB: csv.mb, peakHeapGrowthMB: Math.max(json.growthMB, csv.growthMB) };
    }

    const result: Result = {
      export: exported,
      size,
      seedSeconds,
      dashboardMs: median(dashboard),
      dashboardMaxMs: Math.max(...dashboard),
      listMs: median(list),
      saveMs: median(save),
    };
    process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
  }
  await db.$disconnect();
}

// ---------------------------------------------------------------------------------------------
// Parent: makes each database, runs the worker on it, removes it, prints the table.

function migrate(url: string) {
  const run = spawnSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`prisma migrate deploy failed:\n${run.stdout}\n${run.stderr}`);
}

function runWorker(url: string, args: string[]): Result[] {
  // Re-run this file under the same loader (tsx), with the react-server condition.
  const run = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", "--expose-gc", SCRIPT, "--worker", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`benchmark worker failed (exit ${run.status}):\n${run.stdout}`);
  return run.stdout
    .split("\n")
    .filter((line) => line.startsWith(RESULT_MARK))
    .map((line) => JSON.parse(line.slice(RESULT_MARK.length)) as Result);
}

async function withPostgres<T>(server: string, run: (url: string) => T): Promise<T> {
  const pg = (await import("pg")).default;
  const base = server.replace(/\/$/, "");
  const name = `relapse_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: `${base}/postgres` });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  try {
    return run(`${base}/${name}`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

function withSqlite<T>(run: (url: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "relapse-bench-"));
  try {
    return run(`file:${join(dir, "bench.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: { database: string; result: Result }[]) {
  const header = ["database", "check-ins", "seed (s)", "dashboard median (ms)", "dashboard max (ms)", "timeline p1 median (ms)", "save median (ms)"];
  const lines = rows.map(({ database, result }) => [
    database,
    result.size.toLocaleString("en-US"),
    result.seedSeconds.toFixed(1),
    result.dashboardMs.toFixed(1),
    result.dashboardMaxMs.toFixed(1),
    result.listMs.toFixed(1),
    result.saveMs.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--worker")) return worker(args);
  process.chdir(ROOT);

  const pass = [
    ...["sizes", "runs", "saves"].flatMap((name) => (argument(args, name) ? [`--${name}`, argument(args, name)!] : [])),
    ...(args.includes("--no-export") ? ["--no-export"] : []),
  ];
  const rows: { database: string; result: Result }[] = [];

  console.error("SQLite: creating and migrating a temporary database…");
  const sqlite = withSqlite((url) => {
    migrate(url);
    return runWorker(url, pass);
  });
  rows.push(...sqlite.map((result) => ({ database: "SQLite", result })));

  const postgres = argument(args, "postgres");
  if (postgres !== undefined) {
    console.error("PostgreSQL: creating and migrating a temporary database…");
    const results = await withPostgres(postgres || "postgresql://postgres@127.0.0.1:5432", (url) => {
      migrate(url);
      return runWorker(url, pass);
    });
    rows.push(...results.map((result) => ({ database: "PostgreSQL", result })));
  }

  if (args.includes("--json")) {
    console.log(`${RESULT_MARK}${JSON.stringify(rows)}`);
    return;
  }
  console.log("");
  printTable(rows);
  for (const { database, result } of rows) {
    if (!result.export) continue;
    const e = result.export;
    console.log(
      `${database}: export of ${result.size.toLocaleString("en-US")} check-ins: JSON ${e.jsonMB.toFixed(1)} MB in ${e.jsonSeconds.toFixed(1)} s, ` +
        `CSV ${e.csvMB.toFixed(1)} MB in ${e.csvSeconds.toFixed(1)} s, live heap grew at most ${e.peakHeapGrowthMB.toFixed(1)} MB`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
