import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DAY_MS } from "../../../lib/dates";

/** 20261204-031500: the time in a backup's name (UTC). */
export function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
}

const BACKUP_NAME = /^app-(\d{8})-(\d{6})\.(db|dump)$/;

/** When a backup named by backupName() was made, or undefined for any other file. */
export function backupTime(name: string): Date | undefined {
  const m = BACKUP_NAME.exec(name);
  if (!m) return undefined;
  const [, d, t] = m as unknown as [string, string, string];
  return new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`);
}

export function backupName(kind: "sqlite" | "postgres", now = new Date()): string {
  return `app-${timestamp(now)}.${kind === "sqlite" ? "db" : "dump"}`;
}

/**
 * Deletes this app's backups in `dir` older than `keepDays` days, always keeping the newest one
 * (a machine that stopped backing up for a month still has its last backup). Other files are
 * never touched. Returns the names deleted.
 */
export function pruneBackups(dir: string, keepDays: number, now = new Date()): string[] {
  const backups = readdirSync(dir)
    .map((name) => ({ name, time: backupTime(name) }))
    .filter((b): b is { name: string; time: Date } => b.time !== undefined && statSync(join(dir, b.name)).isFile())
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  const cutoff = now.getTime() - keepDays * DAY_MS;
  const old = backups.slice(1).filter((b) => b.time.getTime() < cutoff);
  for (const b of old) rmSync(join(dir, b.name));
  return old.map((b) => b.name);
}

/**
 * The off-site copy: the operator's command (BACKUP_OFFSITE_COMMAND), run by /bin/sh with the
 * backup's path in $BACKUP_FILE, such as `rclone copy "$BACKUP_FILE" offsite:steady/` or
 * `scp "$BACKUP_FILE" backup@elsewhere:steady/`. Throws when it fails (the local backup stays).
 */
export function copyOffsite(command: string, file: string): void {
  const run = spawnSync("/bin/sh", ["-c", command], { env: { ...process.env, BACKUP_FILE: file }, stdio: "inherit", timeout: 60 * 60 * 1000 });
  if (run.status !== 0) throw new Error(`the off-site copy command failed (${run.signal ?? `exit ${run.status}`}); the backup is still at ${file}`);
}
