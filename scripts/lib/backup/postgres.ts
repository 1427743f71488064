import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import type { BackupResult } from "./sqlite";

/**
 * PostgreSQL backups and restores with the PostgreSQL client programs (docs/decisions/016).
 * pg_dump takes a consistent snapshot while the app runs. A restore replaces what the database
 * holds with the backup in one transaction (--single-transaction): if anything fails, nothing
 * changed. Stop the app first.
 */
export function backupPostgres(url: string, out: string): BackupResult {
  const started = Date.now();
  execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${out}`, url], { stdio: ["ignore", "inherit", "inherit"] });
  return { file: out, bytes: statSync(out).size, ms: Date.now() - started };
}

export function restorePostgres(backup: string, url: string): void {
  execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${url}`, backup], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}
