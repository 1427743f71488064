import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupName, backupTime, copyOffsite, pruneBackups } from "@/scripts/lib/backup/files";
import { backupSettings } from "@/scripts/lib/backup/run";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "steady-backups-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("backup files", () => {
  it("names a backup by its UTC time and reads the time back", () => {
    const now = new Date("2026-12-04T03:15:09Z");
    expect(backupName("sqlite", now)).toBe("app-20261204-031509.db");
    expect(backupName("postgres", now)).toBe("app-20261204-031509.dump");
    expect(backupTime("app-20261204-031509.dump")).toEqual(now);
    expect(backupTime("app.db")).toBeUndefined();
  });

  it("keeps N days of backups, always the newest, and never touches other files", () => {
    const dir = tempDir();
    const now = new Date("2026-12-20T03:15:00Z");
    for (let day = 1; day <= 20; day++) writeFileSync(join(dir, backupName("sqlite", new Date(Date.UTC(2026, 11, day, 3, 15)))), "x");
    writeFileSync(join(dir, "notes.txt"), "mine");
    const deleted = pruneBackups(dir, 14, now);
    expect(deleted).toHaveLength(5); // 1-5 December are more than 14 days old; the 6th is exactly 14
    expect(readdirSync(dir).sort()[0]).toBe("app-20261206-031500.db");
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);

    const stale = tempDir();
    writeFileSync(join(stale, backupName("sqlite", new Date("2026-01-01T00:00:00Z"))), "x");
    writeFileSync(join(stale, backupName("sqlite", new Date("2026-01-02T00:00:00Z"))), "x");
    expect(pruneBackups(stale, 14, now)).toEqual(["app-20260101-000000.db"]);
    expect(readdirSync(stale)).toEqual(["app-20260102-000000.db"]);
  });

  it("runs the operator's off-site command with the file in $BACKUP_FILE, and fails loudly when it fails", () => {
    const dir = tempDir();
    const file = join(dir, "app-20261204-031509.db");
    writeFileSync(file, "backup");
    copyOffsite(`cp "$BACKUP_FILE" "${dir}/offsite-copy"`, file);
    expect(readFileSync(join(dir, "offsite-copy"), "utf8")).toBe("backup");
    expect(() => copyOffsite("exit 3", file)).toThrow(/off-site copy command failed \(exit 3\); the backup is still at/);
    expect(existsSync(file)).toBe(true);
  });

  it("validates its settings", () => {
    expect(backupSettings({}).BACKUP_KEEP_DAYS).toBe(14);
    expect(backupSettings({ BACKUP_KEEP_DAYS: "30", BACKUP_DIR: "/var/lib/steady/backups" })).toMatchObject({ BACKUP_KEEP_DAYS: 30, BACKUP_DIR: "/var/lib/steady/backups" });
    expect(() => backupSettings({ BACKUP_KEEP_DAYS: "two weeks" })).toThrow(/BACKUP_KEEP_DAYS/);
  });
});

describe("the nightly schedule (compose backup service)", () => {
  it("runs next at BACKUP_AT, today if still ahead, else tomorrow", async () => {
    const { nextRun, parseTimeOfDay } = await import("@/scripts/lib/backup/schedule.mjs");
    expect(parseTimeOfDay("03:15")).toEqual([3, 15]);
    expect(parseTimeOfDay("3am")).toBeUndefined();
    expect(parseTimeOfDay("24:00")).toBeUndefined();
    expect(nextRun(new Date("2026-12-04T01:00:00Z"), [3, 15]).toISOString()).toBe("2026-12-04T03:15:00.000Z");
    expect(nextRun(new Date("2026-12-04T03:15:00Z"), [3, 15]).toISOString()).toBe("2026-12-05T03:15:00.000Z");
    expect(nextRun(new Date("2026-12-31T23:59:00Z"), [3, 15]).toISOString()).toBe("2027-01-01T03:15:00.000Z");
  });
});
