import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBackup } from "@/scripts/lib/backup/run";
import { restorePostgres } from "@/scripts/lib/backup/postgres";
import { restoreSqlite } from "@/scripts/lib/backup/sqlite";
import { createClient, type Database as Client } from "@/lib/db";
import { databaseKind, sqliteFilePath } from "@/lib/db/database-url";
import { createPostgresDatabase } from "../support/postgres";
import { migrateDeploy } from "../support/migrate";

/**
 * The restore drill (issue 19): back up, write more, restore, and find exactly the backed-up state,
 * every row of every table, on the database this project runs on (SQLite or PostgreSQL), through
 * the same code `npm run backup` / `npm run restore` and the nightly services run (scripts/lib/backup).
 * It uses a database of its own, so the restore never touches the other tests' data.
 */
const kind = databaseKind(process.env.DATABASE_URL!);
const dir = mkdtempSync(join(tmpdir(), `steady-drill-${kind}-`));
let url: string;
let drop: () => Promise<unknown> = async () => undefined;

beforeAll(async () => {
  if (kind === "postgres") {
    const database = await createPostgresDatabase("drill");
    url = database.url;
    drop = database.drop;
  } else {
    url = `file:${join(dir, "app.db")}`;
    migrateDeploy(url);
  }
});

afterAll(async () => {
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, in a stable order: what "exactly the same state" means. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, unknown[]> = {};
  if (kind === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const names = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows;
      for (const { name } of names) tables[name] = (await client.query(`SELECT * FROM "${name}"`)).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(sqliteFilePath(url), { timeout: 10_000 });
    const names = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
    for (const { name } of names) tables[name] = db.prepare(`SELECT * FROM "${name}"`).all();
    db.close();
  }
  return Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)).map(([name, rows]) => [name, rows.map((row) => JSON.stringify(row)).sort()]));
}

const rowCount = (state: Record<string, string[]>) => Object.values(state).reduce((n, rows) => n + rows.length, 0);

async function writeFamily(client: Client, label: string, checkIns: number) {
  const userId = randomUUID();
  await client.user.create({ data: { id: userId, name: `Drill ${label}`, email: `${userId}@example.test` } });
  const family = await client.family.create({ data: { name: `Drill family ${label}`, memberships: { create: { userId, role: "owner" } } } });
  for (let i = 0; i < checkIns; i++) {
    await client.checkIn.create({ data: { familyId: family.id, authorId: userId, date: new Date(Date.UTC(2026, 0, 1 + i)), worry: 1 + (i % 5), wellbeing: 3, note: `${label} note ${i}` } });
  }
  return family.id;
}

describe(`restore drill (${kind})`, () => {
  it("back up, write more, restore: exactly the backed-up state", async () => {
    // The app's writes go through its own client; the snapshots, the backup and the restore are
    // other programs, as in production (two SQLite libraries must not share a file in one process).
    let client = createClient(url);
    const kept = await writeFamily(client, "before", 30);
    await writeFamily(client, "also before", 10);
    await client.$disconnect();
    const before = await snapshot();

    const backup = await runBackup({ DATABASE_URL: url, BACKUP_DIR: join(dir, "backups"), BACKUP_KEEP_DAYS: "14" });

    // After the backup: more families and check-ins, an edit, and a deletion.
    client = createClient(url);
    await writeFamily(client, "after", 25);
    await client.checkIn.updateMany({ where: { familyId: kept }, data: { note: "changed after the backup" } });
    await client.family.deleteMany({ where: { name: "Drill family also before" } });
    await client.$disconnect();
    const after = await snapshot();
    expect(rowCount(after)).not.toBe(rowCount(before));
    expect(after).not.toEqual(before);

    const started = Date.now();
    if (kind === "postgres") restorePostgres(backup.file, url);
    else restoreSqlite(backup.file, sqliteFilePath(url));
    const restoreMs = Date.now() - started;

    const restored = await snapshot();
    expect(restored).toEqual(before);
    console.log(
      `restore drill (${kind}): ${Object.keys(before).length} tables, ${rowCount(before)} rows backed up (${(backup.bytes / 1024).toFixed(0)} KB in ${backup.ms} ms); ` +
        `${rowCount(after)} rows after more writes; ${rowCount(restored)} rows after the restore (${restoreMs} ms), identical to the backup`,
    );

    // The app works on the restored database: the family is back, with its own notes.
    client = createClient(url);
    const notes = await client.checkIn.findMany({ where: { familyId: kept }, select: { note: true } });
    expect(notes).toHaveLength(30);
    expect(notes.every((n) => n.note?.startsWith("before note"))).toBe(true);
    await client.$disconnect();
  });
});
