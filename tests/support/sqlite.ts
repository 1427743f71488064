import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migratedSqliteFile } from "./templates";

/** A fresh, migrated SQLite file named for this run; remove() deletes it with its WAL files. */
export function createSqliteDatabase(label: string) {
  const file = join(tmpdir(), `relapse-response-${label}-${process.env.TEST_RUN_ID ?? process.pid}.db`);
  const remove = () => ["", "-wal", "-shm", ".backup", ".backup-wal", ".backup-shm"].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true }));
  remove();
  const url = `file:${file}`;
  migratedSqliteFile(file);
  return { file, url, remove };
}
