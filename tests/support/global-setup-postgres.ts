import pg from "pg";
import { testDatabaseUrls } from "./databases";
import { migrateDeploy } from "./migrate";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrls().postgresAdmin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup() {
  const { postgres } = testDatabaseUrls();
  const name = new URL(postgres).pathname.slice(1);
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  migrateDeploy(postgres);
  return async () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
