import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { migratedSqliteFile } from "../support/templates";
import { startServer, stopServer, freePort, Visitor, type Server } from "../support/server";

// SQLite durability on a running production server: the connection settings, a SIGKILL in the
// middle of concurrent saves, and an online backup brought back with npm run restore.
test.describe.configure({ mode: "serial" });

const file = join(tmpdir(), `relapse-response-durability-${process.env.TEST_RUN_ID ?? process.pid}.db`);
const url = `file:${file}`;
const PORT = await freePort(); // kept for the run: a restarted server comes back on the same port
const remove = () => {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.backup`, `${file}.backup-wal`, `${file}.backup-shm`]) rmSync(f, { force: true });
};
let server: Server | undefined;

test.beforeAll(() => {
  remove();
  migratedSqliteFile(file);
});
test.afterEach(async () => {
  if (server) await stopServer(server, "SIGKILL");
  server = undefined;
});
test.afterAll(() => {
  remove();
});

test("every connection the app opens uses WAL, synchronous=FULL and a busy timeout", async () => {
  server = await startServer(PORT, { DATABASE_URL: url, HEALTH_DIAGNOSTICS: "on" });
  const health = await (await fetch(`${server.url}/api/health/ready`)).json();
  // Read through the running app's own connection (busy_timeout and synchronous are per connection).
  expect(health.connection).toEqual({ journal_mode: "wal", synchronous: 2, busy_timeout: 10_000, foreign_keys: 1 });
  // And from outside: the file itself is in WAL mode.
  const outside = new Database(file, { readonly: true });
  expect(outside.pragma("journal_mode", { simple: true })).toBe("wal");
  outside.close();
  // Without the flag, the health check says nothing about the connection.
  await stopServer(server);
  server = await startServer(PORT, { DATABASE_URL: url });
  expect(await (await fetch(`${server.url}/api/health/ready`)).json()).toEqual({ status: "ok", database: "sqlite" });
});

test("SIGKILL in the middle of concurrent saves loses nothing that was acknowledged", async () => {
  test.setTimeout(120_000);
  server = await startServer(PORT, { DATABASE_URL: url });
  const people = await Promise.all(
    Array.from({ length: 8 }, async (_, i) => {
      const visitor = new Visitor(server!.url);
      await visitor.signUp(`Crash${i}`);
      return { visitor, familyId: await visitor.createFamily(`Crash family ${i}`) };
    }),
  );
  const acknowledgedNotes: string[] = [];
  const acknowledgedPlans = new Map<string, number>(); // family → highest acknowledged version
  let running = true;
  const work = people.flatMap(({ visitor, familyId }, i) => [
    (async () => {
      for (let n = 0; running; n++) {
        const note = `crash-note ${i}-${n}`;
        try {
          if (await visitor.checkIn(familyId, note)) acknowledgedNotes.push(note);
        } catch {
          return; // the server is gone
        }
      }
    })(),
    (async () => {
      for (let n = 1; running; n++) {
        try {
          const response = await visitor.submit(`/family/${familyId}/plan/edit/goals`, "goals", { goals: `plan goals ${i} version ${n} `.repeat(20) });
          if (response.status === 303 && response.headers.get("location")?.includes("saved=goals")) acknowledgedPlans.set(familyId, (acknowledgedPlans.get(familyId) ?? 0) + 1);
        } catch {
          return;
        }
      }
    })(),
  ]);
  // Let the saves run until enough are acknowledged (however busy the machine is), then pull the
  // plug while the next ones are in flight.
  const deadline = Date.now() + 60_000;
  while ((acknowledgedNotes.length < 40 || acknowledgedPlans.size < 2) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stopServer(server, "SIGKILL");
  running = false;
  await Promise.all(work);
  console.log(`crash: ${acknowledgedNotes.length} check-ins and ${acknowledgedPlans.size} families' plan saves acknowledged before SIGKILL`);
  expect(acknowledgedNotes.length).toBeGreaterThanOrEqual(40);
  expect(acknowledgedPlans.size).toBeGreaterThanOrEqual(2);

  // The file is sound, and everything acknowledged is in it.
  const after = new Database(file);
  expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
  const notes = new Set((after.prepare("SELECT note FROM CheckIn WHERE note LIKE 'crash-note %'").all() as { note: string }[]).map((r) => r.note));
  const lost = acknowledgedNotes.filter((note) => !notes.has(note));
  expect(lost).toEqual([]);
  // No half-written plan: the current plan is exactly its latest version row, at or past every acknowledged save.
  for (const [familyId, version] of acknowledgedPlans) {
    const plan = after.prepare('SELECT version, content FROM SafetyPlan WHERE "familyId" = ?').get(familyId) as { version: number; content: string };
    const row = after.prepare('SELECT content FROM SafetyPlanVersion WHERE "familyId" = ? AND version = ?').get(familyId, plan.version) as { content: string } | undefined;
    expect(plan.version).toBeGreaterThanOrEqual(version);
    expect(row?.content).toBe(plan.content);
    expect(() => JSON.parse(plan.content)).not.toThrow();
  }
  const orphans = after.prepare('SELECT count(*) AS n FROM SafetyPlanVersion v WHERE NOT EXISTS (SELECT 1 FROM SafetyPlan p WHERE p."familyId" = v."familyId" AND p.version >= v.version)').get() as { n: number };
  expect(orphans.n).toBe(0);
  after.close();

  // It starts again and the same people are still signed in and see their words.
  server = await startServer(PORT, { DATABASE_URL: url });
  const { visitor, familyId } = people[0]!;
  const timeline = await visitor.request(`/family/${familyId}/check-ins`);
  expect(timeline.status).toBe(200);
  expect(await visitor.checkIn(familyId, "after the crash")).toBe(true);
});

test("npm run backup while the app writes, npm run restore brings a family back", async () => {
  test.setTimeout(120_000);
  server = await startServer(PORT, { DATABASE_URL: url });
  const visitor = new Visitor(server.url);
  await visitor.signUp("Backup");
  const familyId = await visitor.createFamily("The Backup family");
  expect(await visitor.checkIn(familyId, "kept by the backup")).toBe(true);
  // Writers keep going while the backup runs.
  let running = true;
  const writers = Array.from({ length: 4 }, async (_, i) => {
    for (let n = 0; running; n++) await visitor.checkIn(familyId, `during backup ${i}-${n}`);
  });
  const output = execFileSync("npm", ["run", "--silent", "backup", "--", "--out", `${file}.backup`], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  running = false;
  await Promise.all(writers);
  expect(output).toMatch(/integrity ok/);

  // After the backup the family is lost (deleted behind the app's back).
  const db = new Database(file);
  db.prepare("DELETE FROM Family WHERE id = ?").run(familyId);
  db.close();
  expect((await visitor.request(`/family/${familyId}/check-ins`)).status).toBe(404);

  // Restoring while the app runs is refused, and changes nothing.
  expect(() => execFileSync("npm", ["run", "--silent", "restore", "--", `${file}.backup`], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" })).toThrow();
  await stopServer(server);
  const restored = execFileSync("npm", ["run", "--silent", "restore", "--", `${file}.backup`], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  expect(restored).toMatch(/restored/);
  const kept = /kept as (\S+)/.exec(restored)?.[1];
  expect(kept && existsSync(kept)).toBeTruthy();
  if (kept) rmSync(kept, { force: true });

  server = await startServer(PORT, { DATABASE_URL: url });
  const page = await visitor.request(`/family/${familyId}/check-ins`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("kept by the backup");
});

test("WEB_CONCURRENCY=2: two processes serve one SQLite file, a session works on both, and 10 writers lose nothing", async () => {
  test.setTimeout(120_000);
  server = await startServer(PORT, { DATABASE_URL: url, WEB_CONCURRENCY: "2" });
  const workers = execFileSync("pgrep", ["-P", String(server.process.pid)], { encoding: "utf8" }).trim().split("\n");
  expect(workers).toHaveLength(2);
  const acknowledged: string[] = [];
  await Promise.all(
    Array.from({ length: 10 }, async (_, w) => {
      const visitor = new Visitor(server!.url);
      await visitor.signUp(`Twin${w}`);
      const familyId = await visitor.createFamily(`Two processes ${w}`);
      // The connection is handed to either process; the session holds on both.
      for (let n = 0; n < 5; n++) {
        expect((await visitor.request(`/family/${familyId}`)).status).toBe(200);
        const note = `two-processes ${w}-${n}`;
        if (await visitor.checkIn(familyId, note)) acknowledged.push(note);
      }
    }),
  );
  expect(acknowledged).toHaveLength(50);
  const db = new Database(file, { readonly: true });
  const stored = db.prepare("SELECT note FROM CheckIn WHERE note LIKE 'two-processes %'").all() as { note: string }[];
  db.close();
  expect(new Set(stored.map((row) => row.note))).toEqual(new Set(acknowledged));
  // SIGTERM to the primary stops both processes.
  await stopServer(server);
  server = undefined;
  for (const pid of workers) expect(() => process.kill(Number(pid), 0)).toThrow();
});
