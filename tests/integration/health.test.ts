import { describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { databaseKind } from "@/lib/db/database-url";

describe("GET /api/health (liveness)", () => {
  it("answers 200 without asking the database", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/health/ready (readiness)", () => {
  it("answers 200 after a real query on the configured database", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ status: "ok", database: databaseKind(process.env.DATABASE_URL!) });
  });

  it("really reaches the database: the migrated tables are there", async () => {
    const { db } = await import("@/lib/db");
    const kind = databaseKind(process.env.DATABASE_URL!);
    const tables =
      kind === "postgres"
        ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public'`)
        : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["user", "session", "_prisma_migrations"]));
  });
});
