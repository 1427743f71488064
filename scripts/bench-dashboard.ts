// Times the dashboard and saving a check-in on families with 100, 10,000 and 100,000 check-ins,
// in one run, on a fresh temporary SQLite database (and PostgreSQL with --postgres).
//
//   npx tsx scripts/bench-dashboard.ts [--postgres [postgresql://postgres@127.0.0.1:5432]]
//                                      [--sizes 100,10000,100000] [--runs 10] [--saves 50]
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
  const { createCheckIn, listCheckIns, latestCheckInDate, addDays } = await import("../lib/family/checkins");
  const { seedLargeFamily } = await import("./seed-large-family");

  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };

  for (const [i, size] of sizes.entries()) {
    const seedStart = performance.now();
    const family = await seedLargeFamily(db, { checkIns: size, seed: i + 1, log: (line) => process.stderr.write(`${line}\n`) });
    const seedSeconds = (performance.now() - seedStart) / 1000;
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

    const result: Result = {
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
  const run = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", SCRIPT, "--worker", ...args], {
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

  const pass = ["sizes", "runs", "saves"].flatMap((name) => (argument(args, name) ? [`--${name}`, argument(args, name)!] : []));
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

  console.log("");
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
