// Creates one family row from a process of its own, as a second server process would: prints
// "ready" once connected, then writes (waiting for the database's write lock like any writer).
// Usage: node family-from-another-process.mjs <DATABASE_URL> <name>
import { randomUUID } from "node:crypto";

const [url, name] = process.argv.slice(2);
const id = `other-${randomUUID()}`;
if (url.startsWith("file:")) {
  const { default: Database } = await import("better-sqlite3");
  const connection = new Database(url.slice(5));
  connection.pragma("busy_timeout = 10000");
  const now = new Date().toISOString().replace("Z", "+00:00"); // how Prisma's adapter stores a date
  console.log("ready");
  connection.prepare(`INSERT INTO "Family" ("id", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(id, name, now, now);
  connection.close();
} else {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  console.log("ready");
  await client.query(`INSERT INTO "Family" ("id", "name", "createdAt", "updatedAt") VALUES ($1, $2, now(), now())`, [id, name]);
  await client.end();
}
