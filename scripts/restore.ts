// npm run restore -- <backup file>
//
// SQLite only (PostgreSQL: pg_restore, see README). Stop the app first. Brings a backup made by
// `npm run backup` back as DATABASE_URL's file. The current file is kept next to it as
// <name>.before-restore-<time>, so a restore never destroys anything.
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "../lib/db/database-url";

const { positionals } = parseArgs({ allowPositionals: true });
const backup = positionals[0];
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (databaseKind(url) === "postgres") fail("For PostgreSQL use pg_restore (see README, Backups).");
if (!backup || !existsSync(backup)) fail("Usage: npm run restore -- <backup file made by npm run backup>");

const check = new Database(backup!, { readonly: true, fileMustExist: true });
const ok = check.pragma("integrity_check", { simple: true });
check.close();
if (ok !== "ok") fail(`${backup} failed its integrity check; nothing was changed.`);

const target = sqliteFilePath(url);
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
if (existsSync(target)) {
  // Refuse while the app is running: an exclusive lock cannot be had while another process has
  // the database open.
  const current = new Database(target, { timeout: 0 });
  try {
    current.pragma("locking_mode = EXCLUSIVE");
    current.exec("BEGIN EXCLUSIVE; COMMIT;");
    current.pragma("wal_checkpoint(TRUNCATE)"); // fold the WAL in, so the kept copy is complete
  } catch {
    current.close();
    fail(`${target} is in use. Stop the app, then run the restore again; nothing was changed.`);
  }
  current.close();
  renameSync(target, `${target}.before-restore-${stamp}`);
  console.log(`the current database was kept as ${target}.before-restore-${stamp}`);
}
for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
copyFileSync(backup!, `${target}.restoring`);
renameSync(`${target}.restoring`, target);
console.log(`restored ${backup} to ${target}`);
