import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { createPostgresDatabase, cuttableProxy } from "../support/postgres";
import { freePort, freePorts, startServer, stopServer, Visitor, type Server } from "../support/server";

// PostgreSQL in operation: an outage while the app runs, two app instances on one database, and
// the pg_dump / pg_restore commands the README gives.
test.describe.configure({ mode: "serial" });

const servers: Server[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => stopServer(server, "SIGKILL")));
});

test("while the database is away, pages answer a calm 503 with the crisis numbers, and recover by themselves", async () => {
  test.setTimeout(120_000);
  const database = await createPostgresDatabase("outage");
  const proxyPort = await freePort();
  const proxy = cuttableProxy(proxyPort);
  await proxy.open();
  try {
    const server = await startServer(await freePort(), { DATABASE_URL: database.urlVia(proxyPort) });
    servers.push(server);
    const visitor = new Visitor(server.url);
    await visitor.signUp("Outage");
    const familyId = await visitor.createFamily("The Outage family");
    expect((await visitor.request(`/family/${familyId}`)).status).toBe(200);

    await proxy.cut();
    for (const path of [`/family/${familyId}`, `/family/${familyId}/check-ins/new`, "/family", "/sign-in", "/account"]) {
      const response = await visitor.request(path);
      const body = await response.text();
      expect(response.status, path).toBe(503);
      expect(body).toContain("not available right now");
      expect(body).toContain("988");
      expect(body).toContain("911");
      expect(body).not.toMatch(/Error|ECONNREFUSED|at .*\.js|prisma/i);
    }
    // A save during the outage is refused with the same page, never half done.
    const save = await visitor.request(`/family/${familyId}/check-ins/new`, { method: "POST", body: new FormData() });
    expect(save.status).toBe(503);
    // The guide does not need the database.
    expect((await visitor.request("/right-now")).status).toBe(200);
    expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(503);

    await proxy.open();
    await expect(async () => expect((await visitor.request(`/family/${familyId}`)).status).toBe(200)).toPass({ timeout: 15_000 });
    expect(await visitor.checkIn(familyId, "after the outage")).toBe(true);
    expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
  } finally {
    await Promise.all(servers.splice(0).map((server) => stopServer(server, "SIGKILL")));
    await proxy.cut();
    await database.drop();
  }
});

test("two app instances on one database: a session from one works on the other, and 10 writers on each lose nothing", async () => {
  test.setTimeout(180_000);
  const database = await createPostgresDatabase("two");
  try {
    const [a, b] = await Promise.all((await freePorts(2)).map((port) => startServer(port, { DATABASE_URL: database.url })));
    servers.push(a!, b!);
    const onA = new Visitor(a!.url);
    await onA.signUp("Twin");
    const familyId = await onA.createFamily("The Two-server family");
    const onB = new Visitor(b!.url);
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
    const page = await onB.request(`/family/${familyId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("The Two-server family");

    const acknowledged: string[] = [];
    const attempts = { count: 0 };
    await Promise.all(
      [a!, b!].flatMap((server, s) =>
        // Ten a side (twenty at once) is enough to interleave writes on both instances; each
        // writer signs up first, and a password hash is the slow part on two cores.
        Array.from({ length: 10 }, async (_, w) => {
          const visitor = new Visitor(server.url);
          await visitor.signUp(`Writer${s}x${w}`);
          const own = await visitor.createFamily(`Writers ${s}-${w}`);
          for (let n = 0; n < 4; n++) {
            const note = `two-instances ${s}-${w}-${n}`;
            attempts.count++;
            if (await visitor.checkIn(own, note)) acknowledged.push(note);
          }
        }),
      ),
    );
    expect(acknowledged).toHaveLength(attempts.count);
    const rows = await database.query<{ note: string }>(`SELECT note FROM "CheckIn" WHERE note LIKE 'two-instances %'`);
    expect(new Set(rows.map((r) => r.note))).toEqual(new Set(acknowledged));
  } finally {
    await Promise.all(servers.splice(0).map((server) => stopServer(server, "SIGKILL")));
    await database.drop();
  }
});

test("the README's pg_dump and pg_restore commands round-trip a family", async () => {
  test.setTimeout(120_000);
  const source = await createPostgresDatabase("dump");
  const target = await createPostgresDatabase("restored");
  const dump = join(tmpdir(), `relapse-response-${process.env.TEST_RUN_ID ?? process.pid}.dump`);
  try {
    const server = await startServer(await freePort(), { DATABASE_URL: source.url });
    servers.push(server);
    const visitor = new Visitor(server.url);
    await visitor.signUp("Dump");
    const familyId = await visitor.createFamily("The Dump family");
    expect(await visitor.checkIn(familyId, "kept by pg_dump")).toBe(true);
    // While the app runs (pg_dump takes a consistent snapshot):
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, source.url]);
    await stopServer(server);
    // Into an empty database (the target was migrated by the helper; start from a clean one).
    await target.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${target.url}`, dump]);

    const restored = await startServer(await freePort(), { DATABASE_URL: target.url });
    servers.push(restored);
    const again = new Visitor(restored.url);
    for (const [name, value] of visitor.cookies) again.cookies.set(name, value);
    const page = await again.request(`/family/${familyId}/check-ins`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("kept by pg_dump");
  } finally {
    await Promise.all(servers.splice(0).map((server) => stopServer(server, "SIGKILL")));
    rmSync(dump, { force: true });
    await source.drop();
    await target.drop();
  }
});
