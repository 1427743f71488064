import { test, expect } from "@playwright/test";
import { formPost, json, send } from "./support/client";
import { createPostgresDatabase } from "../support/postgres";
import { freePort, freePorts, startServer, stopServer, type Server } from "../support/server";
import { createSqliteDatabase } from "../support/sqlite";

/**
 * Rate limits against real production servers with limits on (the main e2e server runs with them
 * off, so the rest of the suite can sign up dozens of people from one address). Different clients
 * are different loopback source addresses (127.0.0.x): no forwarded header is trusted.
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

const password = "quiet harbor lantern 93";
let server: Server;
let db: ReturnType<typeof createSqliteDatabase>;
let port: number;
const LIMITS_ON = { AUTH_RATE_LIMIT: "on" };

test.beforeAll(async () => {
  db = createSqliteDatabase("limits");
  port = await freePort();
  server = await startServer(port, { DATABASE_URL: db.url, ...LIMITS_ON });
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  db?.remove();
});

async function signUp(email: string, from = "127.0.0.1") {
  const r = await send(`${server.url}/api/auth/sign-up/email`, { ...json(server.url, { name: "Owner", email, password }), from });
  expect(r.status, r.body).toBe(200);
}
const signIn = (email: string, guess: string, from: string, headers: Record<string, string> = {}) =>
  send(`${server.url}/api/auth/sign-in/email`, { ...json(server.url, { email, password: guess }), from, headers: { ...json(server.url, {}).headers, ...headers } });

test("rotating X-Forwarded-For gains nothing: the 6th guess from one address is refused, even the right password", async () => {
  await signUp("rotate@example.test");
  const statuses = [];
  for (let i = 0; i < 30; i++) statuses.push((await signIn("rotate@example.test", `wrong guess ${i}`, "127.0.0.2", { "x-forwarded-for": `198.51.100.${i}`, "x-steady-client": `203.0.113.${i}` })).status);
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
  const right = await signIn("rotate@example.test", password, "127.0.0.2", { "x-forwarded-for": "198.51.100.250" });
  expect(right.status).toBe(429);
  expect(Number(right.headers["retry-after"] ?? right.headers["x-retry-after"])).toBeGreaterThan(0);
});

test("an attacker at one address does not lock the owner out elsewhere; without X-Forwarded-For clients do not share a bucket", async () => {
  await signUp("owner@example.test");
  for (let i = 0; i < 8; i++) await signIn("owner@example.test", `nope ${i}`, "127.0.0.3");
  expect((await signIn("owner@example.test", password, "127.0.0.3")).status).toBe(429);
  // The owner, at home: straight in.
  const owner = await signIn("owner@example.test", password, "127.0.0.4");
  expect(owner.status).toBe(200);
  // Someone else entirely, with a wrong password: a plain 401, not someone else's 429.
  await signUp("other@example.test");
  expect((await signIn("other@example.test", "wrong again", "127.0.0.5")).status).toBe(401);
});

test("guessing spread over many addresses is slowed, not blocked, and the owner at a known address gets in", async () => {
  await signUp("spread@example.test");
  // The owner signed in once from home (127.0.0.6), before the attack.
  expect((await signIn("spread@example.test", password, "127.0.0.6")).status).toBe(200);
  let accepted = 0;
  let refused = 0;
  for (let i = 0; i < 60; i++) {
    const r = await signIn("spread@example.test", `spread guess ${i}`, `127.0.1.${i + 1}`);
    if (r.status === 401) accepted++;
    else if (r.status === 429) refused++;
  }
  // 10 tries an hour freely, then one per 2 minutes: in this burst, 10 plus the one slot.
  console.log(`spread attack: 60 guesses from 60 addresses, ${accepted} checked, ${refused} refused (slowed)`);
  expect(accepted).toBeLessThanOrEqual(11);
  expect(refused).toBeGreaterThanOrEqual(49);
  const slowed = await signIn("spread@example.test", "one more", "127.0.2.1");
  expect(slowed.status).toBe(429);
  expect(slowed.body).toMatch(/slowing them down/);
  // The owner at home during the attack: signs in at once.
  expect((await signIn("spread@example.test", password, "127.0.0.6")).status).toBe(200);
});

test("the forms are limited too: 40 emails sprayed from one address, 30 sign-ups in a burst", async () => {
  const spray = [];
  for (let i = 0; i < 40; i++) spray.push(await formPost(`${server.url}/sign-in`, { email: `sprayed${i}@example.test`, password: "some guess 12" }, "127.0.0.7"));
  const sprayRefused = spray.filter((r) => r.body.includes("Too many tries")).length;
  console.log(`sign-in form spray: 40 emails from one address, ${40 - sprayRefused} checked, ${sprayRefused} refused`);
  expect(spray.every((r) => r.status < 500)).toBe(true);
  expect(40 - sprayRefused).toBe(20);

  const burst = [];
  for (let i = 0; i < 30; i++) burst.push(await formPost(`${server.url}/sign-up`, { name: "Burst", email: `burst${i}@example.test`, password }, "127.0.0.8"));
  const created = burst.filter((r) => r.status === 303).length;
  console.log(`sign-up form burst: 30 from one address, ${created} created`);
  expect(created).toBe(10);
  expect(burst.filter((r) => r.status !== 303).every((r) => r.status === 200 && r.body.includes("Too many tries"))).toBe(true);
});

test("limits survive a restart", async () => {
  await signUp("restart@example.test");
  for (let i = 0; i < 5; i++) await signIn("restart@example.test", `x ${i}`, "127.0.0.9");
  expect((await signIn("restart@example.test", password, "127.0.0.9")).status).toBe(429);
  await stopServer(server);
  server = await startServer(port, { DATABASE_URL: db.url, ...LIMITS_ON });
  expect((await signIn("restart@example.test", password, "127.0.0.9")).status).toBe(429);
  expect((await signIn("restart@example.test", password, "127.0.0.10")).status).toBe(200);
});

test("a limit reached on one instance holds on another on the same PostgreSQL database", async () => {
  const pgdb = await createPostgresDatabase("limits");
  const [one, two] = (await Promise.all((await freePorts(2)).map((p) => startServer(p, { DATABASE_URL: pgdb.url, ...LIMITS_ON })))) as [Server, Server];
  try {
    const email = "shared@example.test";
    expect((await send(`${one.url}/api/auth/sign-up/email`, json(one.url, { name: "Shared", email, password }))).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      const target = i % 2 ? two : one;
      expect((await send(`${target.url}/api/auth/sign-in/email`, { ...json(target.url, { email, password: `bad ${i}` }), from: "127.0.0.11" })).status).toBe(401);
    }
    const onTwo = await send(`${two.url}/api/auth/sign-in/email`, { ...json(two.url, { email, password }), from: "127.0.0.11" });
    expect(onTwo.status).toBe(429);
    const onOne = await send(`${one.url}/api/auth/sign-in/email`, { ...json(one.url, { email, password }), from: "127.0.0.11" });
    expect(onOne.status).toBe(429);
    // Elsewhere, the owner signs in on either instance.
    expect((await send(`${two.url}/api/auth/sign-in/email`, { ...json(two.url, { email, password }), from: "127.0.0.12" })).status).toBe(200);
  } finally {
    await Promise.all([stopServer(one), stopServer(two)]);
    await pgdb.drop();
  }
});
