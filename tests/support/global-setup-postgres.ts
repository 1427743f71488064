import pg from "pg";
import { testDatabaseUrls, workerDatabaseUrl, workerNumbers } from "./databases";
import { migrateDeploy } from "./migrate";

async function admin(...statements: string[]) {
  const client = new pg.Client({ connectionString: testDatabaseUrls().postgresAdmin });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrates one database with the real Prisma CLI, then makes each worker's copy from it. */
export default async function setup() {
  // Two vitest projects (shared and isolated files) name this setup; the first makes the databases.
  if (process.env.STEADY_POSTGRES_TEST_DATABASES) return;
  process.env.STEADY_POSTGRES_TEST_DATABASES = "made";
  const { postgres } = testDatabaseUrls();
  const name = (url: string) => new URL(url).pathname.slice(1);
  const workers = workerNumbers().map((n) => name(workerDatabaseUrl(postgres, n)));
  const drop = () => admin(...[name(postgres), ...workers].map((db) => `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`));
  await drop();
  await admin(`CREATE DATABASE "${name(postgres)}"`);
  migrateDeploy(postgres);
  // Test databases only: commits need not wait for the disk (a crash here loses nothing of value).
  await admin(...workers.flatMap((db) => [`CREATE DATABASE "${db}" TEMPLATE "${name(postgres)}"`, `ALTER DATABASE "${db}" SET synchronous_commit = off`]));
  return drop;
}
