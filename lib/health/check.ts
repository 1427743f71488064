import "server-only";
import { db } from "../db";
import { databaseKind, type DatabaseKind } from "../db/database-url";
import { env } from "../env";

export type Health = { status: "ok" | "error"; database: DatabaseKind };

/**
 * A real round trip to the database: reads a table the migrations create, so a missing or
 * unmigrated database answers "error". It reports nothing about the data itself.
 */
export async function checkHealth(): Promise<Health> {
  const database = databaseKind(env().DATABASE_URL);
  try {
    await db.user.findFirst({ select: { id: true } });
    return { status: "ok", database };
  } catch (error) {
    console.error("health check failed:", error instanceof Error ? error.message : error);
    return { status: "error", database };
  }
}
