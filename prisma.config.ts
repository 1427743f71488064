// Prisma CLI configuration (migrate, generate). The app itself does not read this file.
// DATABASE_URL picks the schema, the migrations folder and the driver adapter.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "./lib/db/database-url";

try {
  process.loadEnvFile();
} catch {
  // no .env file: the defaults below apply
}

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const kind = databaseKind(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${kind}/schema.prisma`,
  migrations: { path: `prisma/${kind}/migrations` },
  async adapter() {
    if (kind === "postgres") {
      const { postgresMigrationAdapter } = await import("./prisma/postgres-migration-adapter");
      return postgresMigrationAdapter(url);
    }
    const file = sqliteFilePath(url);
    mkdirSync(dirname(file), { recursive: true });
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: file });
  },
});
