/**
 * Which database a DATABASE_URL points at. Shared by the app (lib/db), prisma.config.ts and the
 * test scripts, so the rule lives in one place: postgres:// or postgresql:// means PostgreSQL,
 * anything else is a SQLite file.
 */
export type DatabaseKind = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** The filesystem path of a SQLite URL such as file:./data/app.db. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
