import { copyFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDeploy } from "./migrate";

/**
 * Migrated databases to copy from. Specs that start servers of their own need a fresh database
 * each; migrating one with the Prisma CLI costs about two seconds of CPU, copying a migrated
 * template almost nothing. tests/e2e/global-setup.ts makes the templates once per Playwright run
 * and names them in these variables; elsewhere (vitest) each database is migrated itself.
 */
const SQLITE_TEMPLATE = "STEADY_SQLITE_TEMPLATE";
const POSTGRES_TEMPLATE = "STEADY_POSTGRES_TEMPLATE";

export const templateNames = (run: string) => ({
  sqlite: join(tmpdir(), `relapse-response-template-${run}.db`),
  postgres: `relapse_response_template_${run}`.replace(/[^a-z0-9_]/gi, "_").toLowerCase(),
});

export function announceTemplates(names: { sqlite: string; postgres: string }) {
  process.env[SQLITE_TEMPLATE] = names.sqlite;
  process.env[POSTGRES_TEMPLATE] = names.postgres;
}

/** Makes `file` a fresh, migrated SQLite database: a copy of the template when there is one. */
export function migratedSqliteFile(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const template = process.env[SQLITE_TEMPLATE];
  if (template && existsSync(template)) copyFileSync(template, file);
  else migrateDeploy(`file:${file}`);
}

/** The PostgreSQL database to create a new one from, if this run made one. */
export const postgresTemplate = () => process.env[POSTGRES_TEMPLATE];
