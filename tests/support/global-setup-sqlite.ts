import { copyFileSync, rmSync } from "node:fs";
import { testDatabaseUrls, workerDatabaseUrl, workerNumbers } from "./databases";
import { migrateDeploy } from "./migrate";

/** Migrates one SQLite file with the real Prisma CLI, then copies it for each worker. */
export default function setup() {
  // Two vitest projects (shared and isolated files) name this setup; the first makes the databases.
  if (process.env.STEADY_SQLITE_TEST_DATABASES) return;
  process.env.STEADY_SQLITE_TEST_DATABASES = "made";
  const { sqlite } = testDatabaseUrls();
  const file = (url: string) => url.replace(/^file:/, "");
  const files = [file(sqlite), ...workerNumbers().map((n) => file(workerDatabaseUrl(sqlite, n)))];
  const remove = () => files.forEach((f) => ["", "-wal", "-shm"].forEach((suffix) => rmSync(`${f}${suffix}`, { force: true })));
  remove();
  migrateDeploy(sqlite);
  for (const copy of files.slice(1)) copyFileSync(file(sqlite), copy);
  return remove;
}
