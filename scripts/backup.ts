// npm run backup [-- --out <file>]
//
// A backup of DATABASE_URL while the app runs (scripts/lib/backup): SQLite's online backup API, checked
// with PRAGMA integrity_check, or pg_dump --format=custom for PostgreSQL. By default into
// BACKUP_DIR (data/backups) as app-<UTC time>.db|.dump; then backups older than BACKUP_KEEP_DAYS
// (14) are deleted, the newest always kept; then BACKUP_OFFSITE_COMMAND, if set, runs with the
// file in $BACKUP_FILE. deploy/systemd/steady-backup.timer and compose.yaml's backup service run it
// nightly. docs/deploy.md, "Backups".
import { parseArgs } from "node:util";
import { runBackup } from "./lib/backup/run";

const { values } = parseArgs({ options: { out: { type: "string" } } });
try {
  const report = await runBackup(process.env, values.out);
  const checked = report.families === undefined ? "pg_dump" : `${report.families} families, integrity ok`;
  console.log(`backup written: ${report.file} (${checked}, ${(report.bytes / 1024).toFixed(0)} KB, ${report.ms} ms)`);
  if (report.deleted.length) console.log(`older than BACKUP_KEEP_DAYS, deleted: ${report.deleted.join(", ")}`);
  if (report.offsite) console.log("copied off-site (BACKUP_OFFSITE_COMMAND)");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
