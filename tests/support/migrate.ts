import { execFileSync } from "node:child_process";

/** Applies the real migrations with the real Prisma CLI, as production does. */
export function migrateDeploy(databaseUrl: string) {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}
