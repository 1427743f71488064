// Prisma CLI configuration (migrate, generate). The app itself does not read this file.
// DATABASE_URL picks the schema, the migrations folder and the driver adapter.
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, databaseKind } from "./lib/db/database-url";

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
    // The same connection setup as the app (WAL, synchronous, busy timeout): lib/db/sqlite.ts.
    const { sqliteAdapter } = await import("./lib/db/sqlite");
    return sqliteAdapter(url);
  },
});
