import "server-only";
import { db } from "../db";
import { databaseKind, type DatabaseKind } from "../db/database-url";
import { env } from "../env";
import { errorName, log } from "../observability/log";

export type SqliteSettings = { journal_mode: string; synchronous: number; busy_timeout: number; foreign_keys: number };
export type Health = { status: "ok" | "error"; database: DatabaseKind; connection?: SqliteSettings };

/**
 * Readiness (GET /api/health/ready): a real round trip to the database, reading a table the
 * migrations create, so a missing or unmigrated database answers "error". It reports nothing about the data itself.
 *
 * With HEALTH_DIAGNOSTICS=on (test servers only) it also reports the SQLite settings of the app's
 * own connection, read through that connection, so a test can prove them on a running server.
 */
export async function checkHealth(): Promise<Health> {
  const database = databaseKind(env().DATABASE_URL);
  try {
    await db.user.findFirst({ select: { id: true } });
    if (env().HEALTH_DIAGNOSTICS === "on" && database === "sqlite") {
      return { status: "ok", database, connection: await sqliteSettings() };
    }
    return { status: "ok", database };
  } catch (error) {
    log.error({ error: errorName(error) }, "readiness check failed");
    return { status: "error", database };
  }
}

async function sqliteSettings(): Promise<SqliteSettings> {
  const read = async (name: keyof SqliteSettings) => {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    return Object.values(rows[0] ?? {})[0];
  };
  return {
    journal_mode: String(await read("journal_mode")).toLowerCase(),
    synchronous: Number(await read("synchronous")),
    busy_timeout: Number(await read("busy_timeout")),
    foreign_keys: Number(await read("foreign_keys")),
  };
}
