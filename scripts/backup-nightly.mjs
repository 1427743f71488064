// The compose backup service: runs `scripts/backup.ts` (scripts/lib/backup: the backup, BACKUP_KEEP_DAYS,
// BACKUP_OFFSITE_COMMAND) every day at BACKUP_AT (UTC, default 03:15), and logs one JSON line per
// run. On a plain server, deploy/systemd/steady-backup.timer does the same job.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nextRun, parseTimeOfDay } from "./lib/backup/schedule.mjs";
import { createLogger } from "../lib/observability/logger.mjs";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const log = createLogger();
const at = parseTimeOfDay(process.env.BACKUP_AT || "03:15");
if (!at) {
  console.error(`BACKUP_AT must be a time of day such as 03:15 (got "${process.env.BACKUP_AT}").`);
  process.exit(1);
}

function backupOnce() {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "backup.ts")], { cwd: ROOT, stdio: "inherit" });
    child.on("exit", (code) => {
      const outcome = code === 0 ? "ok" : "error";
      log[code === 0 ? "info" : "error"]({ job: "backup", outcome, ms: Date.now() - started }, "job");
      resolve(outcome);
    });
  });
}

let timer;
const schedule = () => {
  const next = nextRun(new Date(), at);
  log.info({ job: "backup", next: next.toISOString() }, "scheduled");
  timer = setTimeout(async () => {
    await backupOnce();
    schedule();
  }, next.getTime() - Date.now());
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {
  clearTimeout(timer);
  log.flush(() => process.exit(0));
});
schedule();
