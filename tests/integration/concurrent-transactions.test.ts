import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { db } from "@/lib/db";

/** A promise and the function that settles it: one step of a test waiting for another. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

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
    const inside = signal();
    const release = signal();

    const doomed = db
      .$transaction(async (tx) => {
        await tx.family.create({ data: { name: `${tag} doomed` } });
        inside.fire();
        await release.fired;
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);

    await inside.fired;
    // Another request, while the transaction is open: a read and an acknowledged write.
    const seen = db.family.count({ where: { name: `${tag} doomed` } });
    const kept = db.family.create({ data: { name: `${tag} kept` } });
    // Let the other request's queries reach the database before the transaction ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release.fire();

    expect(await doomed).toBe("rolled back on purpose");
    expect(await seen).toBe(0);
    await kept;
    expect(await db.family.count({ where: { name: `${tag} kept` } })).toBe(1);
    expect(await db.family.count({ where: { name: `${tag} doomed` } })).toBe(0);
  });
});

/**
 * Another process writing to the same database (a second server process, `npm run backup`, a
 * script) commits while a transaction of ours has read but not yet written. On SQLite, the
 * adapter's deferred BEGIN failed that transaction at once (SQLITE_BUSY_SNAPSHOT: the busy timeout
 * is not consulted), which a person saw as "Something went wrong" on a plan save during the e2e
 * run; lib/db/sqlite.ts opens transactions as the writer instead, and the other process waits.
 */
describe("a transaction that reads, then writes, while another process writes", () => {
  it("commits, and so does the other process", async () => {
    const tag = `snapshot-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const hasRead = signal();
    const mayWrite = signal();

    const ours = db.$transaction(async (tx) => {
      const before = await tx.family.count({ where: { name: { startsWith: tag } } });
      hasRead.fire();
      await mayWrite.fired;
      await tx.family.create({ data: { name: `${tag} ours` } });
      return before;
    });
    await hasRead.fired;
    const other = spawn(process.execPath, ["--import", "tsx", "tests/support/family-from-another-process.ts", process.env.DATABASE_URL!, `${tag} theirs`]);
    let output = "";
    other.stdout.on("data", (chunk) => (output += chunk));
    other.stderr.on("data", (chunk) => (output += chunk));
    const otherExit = new Promise<number | null>((resolve) => other.on("exit", resolve));
    await expect.poll(() => output, { timeout: 10_000 }).toContain("ready");
    // Time for the other process's write to reach the database before ours.
    await new Promise((resolve) => setTimeout(resolve, 300));
    mayWrite.fire();

    expect(await ours).toBe(0);
    expect({ exit: await otherExit, output }).toEqual({ exit: 0, output: "ready\n" });
    expect(await db.family.count({ where: { name: { startsWith: tag } } })).toBe(2);
  });
});
