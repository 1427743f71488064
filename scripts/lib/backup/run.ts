import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "../../../lib/db/database-url";
import { backupName, copyOffsite, pruneBackups } from "./files";
import { backupPostgres } from "./postgres";
import { backupSqlite } from "./sqlite";

/** The backup's settings, from the environment (docs/deploy.md, "Backups"). */
const settingsSchema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  /** Where backups go: by default data/backups beside a SQLite file, or data/backups. */
  BACKUP_DIR: z.string().optional(),
  /** Backups older than this many days are deleted after a new one is made (the newest always stays). */
  BACKUP_KEEP_DAYS: z.coerce.number({ message: "must be a whole number of days" }).int({ message: "must be a whole number of days" }).min(1).max(3650).default(14),
  /** Run after each backup with the file in $BACKUP_FILE: the copy off this machine. */
  BACKUP_OFFSITE_COMMAND: z.string().optional(),
});

export type BackupReport = { file: string; bytes: number; ms: number; families?: number; deleted: string[]; offsite: boolean };

export function backupSettings(source: Record<string, string | undefined>) {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = settingsSchema.safeParse(cleaned);
  if (!result.success) throw new Error(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  return result.data;
}

/** One scheduled backup: make it (checked), prune old ones, copy it off-site. `out` overrides the file name. */
export async function runBackup(source: Record<string, string | undefined>, out?: string, now = new Date()): Promise<BackupReport> {
  const settings = backupSettings(source);
  const kind = databaseKind(settings.DATABASE_URL);
  const dir = settings.BACKUP_DIR ?? (kind === "sqlite" ? join(dirname(sqliteFilePath(settings.DATABASE_URL)), "backups") : join("data", "backups"));
  const file = out ?? join(dir, backupName(kind, now));
  mkdirSync(dirname(file), { recursive: true });
  const made = kind === "postgres" ? backupPostgres(settings.DATABASE_URL, file) : await backupSqlite(sqliteFilePath(settings.DATABASE_URL), file);
  const deleted = out ? [] : pruneBackups(dir, settings.BACKUP_KEEP_DAYS, now);
  if (settings.BACKUP_OFFSITE_COMMAND) copyOffsite(settings.BACKUP_OFFSITE_COMMAND, file);
  return { ...made, deleted, offsite: Boolean(settings.BACKUP_OFFSITE_COMMAND) };
}
