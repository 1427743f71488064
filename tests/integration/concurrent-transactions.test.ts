import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

/**
 * One SQLite connection serves the whole process (lib/db/sqlite.ts). If a query from another
 * request ran on it while a transaction was open, it would run inside that transaction: it would
 * see uncommitted rows, and a rollback would undo a write already acknowledged to its own request.
 * Prisma queues such queries until the transaction ends; this test keeps it so across upgrades of
 * Prisma and its adapter. (PostgreSQL gives each transaction its own connection.)
 */
describe("a write beside a transaction that rolls back", () => {
  it("is kept, and nobody reads the rolled-back rows", async () => {
    const tag = `tx-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let inside!: () => void;
    const insideReached = new Promise<void>((resolve) => (inside = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));

    const doomed = db
      .$transaction(async (tx) => {
        await tx.family.create({ data: { name: `${tag} doomed` } });
        inside();
        await released;
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);

    await insideReached;
    // Another request, while the transaction is open: a read and an acknowledged write.
    const seen = db.family.count({ where: { name: `${tag} doomed` } });
    const kept = db.family.create({ data: { name: `${tag} kept` } });
    // Let the other request's queries reach the database before the transaction ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();

    expect(await doomed).toBe("rolled back on purpose");
    expect(await seen).toBe(0);
    await kept;
    expect(await db.family.count({ where: { name: `${tag} kept` } })).toBe(1);
    expect(await db.family.count({ where: { name: `${tag} doomed` } })).toBe(0);
  });
});
