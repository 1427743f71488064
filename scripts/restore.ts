// npm run restore -- <backup file>
//
// Stop the app first. Brings a backup made by `npm run backup` back as DATABASE_URL (scripts/lib/backup):
// SQLite: the current file is kept beside it as <name>.before-restore-<time>, so a restore never
// destroys anything; it refuses while the database is open. PostgreSQL: pg_restore replaces the
// database's contents in one transaction (nothing changes if it fails); take a backup of the
// current state first if you may want it back.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "../lib/db/database-url";
import { restorePostgres } from "./lib/backup/postgres";
import { restoreSqlite } from "./lib/backup/sqlite";

const { positionals } = parseArgs({ allowPositionals: true });
const backup = positionals[0];
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
if (!backup || !existsSync(backup)) {
  console.error("Usage: npm run restore -- <backup file made by npm run backup>");
  process.exit(1);
}
try {
  if (databaseKind(url) === "postgres") {
    restorePostgres(backup, url);
    console.log(`restored ${backup} into the PostgreSQL database`);
  } else {
    const target = sqliteFilePath(url);
    const { keptAs } = restoreSqlite(backup, target);
    if (keptAs) console.log(`the current database was kept as ${keptAs}`);
    console.log(`restored ${backup} to ${target}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
