import "server-only";
import { db } from "../db";
import { databaseKind } from "../db/database-url";
import { env } from "../env";

export type Health = { status: "ok"; database: "sqlite" | "postgres"; users: number } | { status: "error"; database: "sqlite" | "postgres" };

/** A real round trip to the database: counts a table the migrations create. */
export async function checkHealth(): Promise<Health> {
  const database = databaseKind(env().DATABASE_URL);
  try {
    const users = await db.user.count();
    return { status: "ok", database, users };
  } catch (error) {
    console.error("health check failed", error);
    return { status: "error", database };
  }
}
