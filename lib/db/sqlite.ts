import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { sqliteFilePath } from "./database-url";

/**
 * How every SQLite connection the app opens is set up (docs/decisions/014-sqlite-durability.md):
 * write-ahead logging, so readers never wait for a writer and a crash never leaves a half-written
 * page; synchronous=FULL, so a save the server has acknowledged is on disk even if the machine
 * loses power; and a busy timeout, so a writer that finds the database locked waits its turn
 * instead of failing.
 */
export const SQLITE_PRAGMAS = {
  journal_mode: "wal",
  synchronous: 2, // FULL
  busy_timeout: 10_000,
  foreign_keys: 1,
} as const;

type Connection = Pick<BetterSqlite3.Database, "pragma">;

/** Applies SQLITE_PRAGMAS to one open connection. */
export function applySqlitePragmas(connection: Connection): void {
  connection.pragma(`busy_timeout = ${SQLITE_PRAGMAS.busy_timeout}`);
  // journal_mode is stored in the file; the others hold for this connection only.
  const mode = connection.pragma(`journal_mode = ${SQLITE_PRAGMAS.journal_mode}`, { simple: true });
  if (String(mode).toLowerCase() !== SQLITE_PRAGMAS.journal_mode) throw new Error(`SQLite refused WAL mode (got ${String(mode)})`);
  connection.pragma(`synchronous = ${SQLITE_PRAGMAS.synchronous}`);
  connection.pragma(`foreign_keys = ${SQLITE_PRAGMAS.foreign_keys}`);
}

/**
 * Prisma's better-sqlite3 adapter opens its connection itself; this factory applies our pragmas
 * to every connection it opens, before Prisma runs a single query on it.
 */
class SteadySqliteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    applySqlitePragmas(client);
    beginTransactionsAsWriter(client);
    return adapter;
  }
}

/**
 * The adapter opens every transaction with a plain (deferred) BEGIN. Under write-ahead logging, a
 * deferred transaction that reads and then writes fails at once with SQLITE_BUSY_SNAPSHOT when
 * another connection committed in between: the busy timeout is not consulted, because waiting
 * cannot help a stale snapshot. Another connection is real here: a second server process
 * (WEB_CONCURRENCY), `npm run backup`, a script. BEGIN IMMEDIATE takes the write lock first (waiting
 * its turn under the busy timeout), so the transaction's reads and writes see one state. Every
 * transaction the app opens writes, so none is made to wait needlessly.
 */
function beginTransactionsAsWriter(client: BetterSqlite3.Database): void {
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof client.prepare;
}

/** The driver adapter for a SQLite DATABASE_URL (file:…), creating the folder if needed. */
export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  const file = sqliteFilePath(url);
  mkdirSync(dirname(file), { recursive: true });
  return new SteadySqliteAdapterFactory({ url: file, timeout: SQLITE_PRAGMAS.busy_timeout });
}
