// npm run backup [-- --out <file>]
//
// SQLite: an online backup of DATABASE_URL (default file:./data/app.db) while the app keeps
// running, with SQLite's backup API (a consistent snapshot; writers are not stopped). The copy is
// checked with PRAGMA integrity_check. Default destination: data/backups/app-<time>.db.
// PostgreSQL: runs pg_dump --format=custom (see README, "Backups").
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "../lib/db/database-url";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");

if (databaseKind(url) === "postgres") {
  const out = values.out ?? join("data", "backups", `app-${stamp}.dump`);
  mkdirSync(dirname(out), { recursive: true });
  execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${out}`, url], { stdio: "inherit" });
  console.log(`backup written: ${out}`);
} else {
  const source = sqliteFilePath(url);
  const out = values.out ?? join(dirname(source), "backups", `app-${stamp}.db`);
  mkdirSync(dirname(out), { recursive: true });
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  const started = Date.now();
  await db.backup(out);
  db.close();
  const copy = new Database(out, { readonly: true });
  const check = copy.pragma("integrity_check", { simple: true });
  const families = (copy.prepare("SELECT count(*) AS n FROM Family").get() as { n: number }).n;
  copy.close();
  if (check !== "ok") {
    console.error(`the backup failed its integrity check: ${String(check)}`);
    process.exit(1);
  }
  console.log(`backup written: ${out} (${families} families, integrity ok, ${Date.now() - started} ms)`);
}
