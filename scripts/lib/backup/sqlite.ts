import { copyFileSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { timestamp } from "./files";

/**
 * SQLite backups and restores (docs/decisions/016-backups.md). A backup is SQLite's online backup
 * API (a consistent snapshot while the app keeps writing), checked with PRAGMA integrity_check.
 * A restore refuses while any process has the database open, keeps the current file beside it,
 * and moves the backup into place: it never destroys anything.
 */
export type BackupResult = { file: string; bytes: number; ms: number };

export async function backupSqlite(source: string, out: string): Promise<BackupResult & { families: number }> {
  const started = Date.now();
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(out);
  } finally {
    db.close();
  }
  const copy = new Database(out, { readonly: true });
  const check = copy.pragma("integrity_check", { simple: true });
  const families = (copy.prepare("SELECT count(*) AS n FROM Family").get() as { n: number }).n;
  copy.close();
  if (check !== "ok") throw new Error(`the backup ${out} failed its integrity check: ${String(check)}`);
  return { file: out, bytes: statSync(out).size, ms: Date.now() - started, families };
}

export class DatabaseInUseError extends Error {}

/** Brings `backup` back as `target`. Returns where the previous file was kept, if there was one. */
export function restoreSqlite(backup: string, target: string, now = new Date()): { keptAs?: string } {
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  const ok = check.pragma("integrity_check", { simple: true });
  check.close();
  if (ok !== "ok") throw new Error(`${backup} failed its integrity check; nothing was changed.`);
  let keptAs: string | undefined;
  if (existsSync(target)) {
    // Refuse while the app is running: an exclusive lock cannot be had while another process has
    // the database open.
    const current = new Database(target, { timeout: 0 });
    try {
      current.pragma("locking_mode = EXCLUSIVE");
      current.exec("BEGIN EXCLUSIVE; COMMIT;");
      current.pragma("wal_checkpoint(TRUNCATE)"); // fold the WAL in, so the kept copy is complete
    } catch {
      throw new DatabaseInUseError(`${target} is in use. Stop the app, then run the restore again; nothing was changed.`);
    } finally {
      current.close();
    }
    keptAs = `${target}.before-restore-${timestamp(now)}`;
    renameSync(target, keptAs);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(backup, `${target}.restoring`);
  renameSync(`${target}.restoring`, target);
  return { keptAs };
}
