// Creates one family row from a process of its own, as a second server process would: prints
// "ready" once connected, then writes (waiting for the database's write lock like any writer, with
// the app's own connection settings on SQLite).
// Usage: node --import tsx family-from-another-process.ts <DATABASE_URL> <name>
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFilePath } from "../../lib/db/database-url";
import { applySqlitePragmas } from "../../lib/db/sqlite";

const [url, name] = process.argv.slice(2) as [string, string];
const id = `other-${randomUUID()}`;
if (url.startsWith("file:")) {
  const connection = new Database(sqliteFilePath(url));
  applySqlitePragmas(connection);
  const now = new Date().toISOString().replace("Z", "+00:00"); // how Prisma's adapter stores a date
  console.log("ready");
  connection.prepare(`INSERT INTO "Family" ("id", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(id, name, now, now);
  connection.close();
} else {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  console.log("ready");
  await client.query(`INSERT INTO "Family" ("id", "name", "createdAt", "updatedAt") VALUES ($1, $2, now(), now())`, [id, name]);
  await client.end();
}
