import { createServer, connect, type Server as NetServer, type Socket } from "node:net";
import pg from "pg";
import { migrateDeploy } from "./migrate";
import { postgresTemplate } from "./templates";

const SERVER = (process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432").replace(/\/$/, "");

async function admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = [], database = "postgres") {
  const client = new pg.Client({ connectionString: `${SERVER}/${database}` });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh, migrated PostgreSQL database named for this run; drop() removes it. */
export async function createPostgresDatabase(label: string) {
  const name = `relapse_response_${label}_${process.env.TEST_RUN_ID ?? process.pid}`.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const template = postgresTemplate();
  await admin(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  // A test database: commits need not wait for the disk (the app's own settings are unchanged).
  await admin(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  const url = `${SERVER}/${name}`;
  if (!template) migrateDeploy(url);
  return {
    name,
    url,
    /** The same database reached through another host:port (a TCP proxy). */
    urlVia: (port: number) => url.replace(/@[^/]+\//, `@127.0.0.1:${port}/`),
    query: <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => admin<T>(sql, params, name),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * A TCP proxy between the app and PostgreSQL that a test can cut (every connection dropped, new
 * ones refused) and bring back: a database outage, as the app sees it.
 */
export function cuttableProxy(port: number) {
  const target = new URL(SERVER);
  const sockets = new Set<Socket>();
  let server: NetServer | undefined;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.add(client).add(upstream);
        const close = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", close).on("close", close);
        upstream.on("error", close).on("close", close);
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  return { open, cut };
}
