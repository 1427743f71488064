import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { env } from "../env";
import { databaseKind } from "./database-url";
import { sqliteAdapter } from "./sqlite";

/**
 * The one Prisma client. Both generated clients expose the same models (the schemas are kept
 * identical by a test), so the app is typed against the SQLite client and uses either at run time.
 */
export type Database = SqliteClient;

/** A client of its own (the app uses `db`; tests use this to act as a second app instance). */
export function createClient(url: string): Database {
  if (databaseKind(url) === "postgres") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
  }
  return new SqliteClient({ adapter: sqliteAdapter(url) });
}

const globalForDb = globalThis as unknown as { db?: Database };

// One client per process; kept on globalThis so dev-server reloads do not open new pools.
export const db: Database = globalForDb.db ?? createClient(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalForDb.db = db;
