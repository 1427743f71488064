import { rmSync } from "node:fs";
import pg from "pg";
import { migrateDeploy } from "../support/migrate";
import { announceTemplates, templateNames } from "../support/templates";

const SERVER = (process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432").replace(/\/$/, "");

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrates one SQLite file and one PostgreSQL database that the specs' own servers copy (support/templates.ts). */
export default async function setup() {
  const names = templateNames(process.env.TEST_RUN_ID ?? String(process.pid));
  const removeSqlite = () => ["", "-wal", "-shm"].forEach((suffix) => rmSync(`${names.sqlite}${suffix}`, { force: true }));
  const dropPostgres = () => admin(`DROP DATABASE IF EXISTS "${names.postgres}" WITH (FORCE)`);
  removeSqlite();
  migrateDeploy(`file:${names.sqlite}`);
  await dropPostgres();
  await admin(`CREATE DATABASE "${names.postgres}"`);
  migrateDeploy(`${SERVER}/${names.postgres}`);
  announceTemplates(names);
  return async () => {
    removeSqlite();
    await dropPostgres();
  };
}
