import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { test, expect } from "@playwright/test";
import Database from "better-sqlite3";
import { migratedSqliteFile } from "../support/templates";
import { httpsFetch, mainConfig, nginxBinary, renderSite, selfSignedCertificate, SITE, startNginx, type Nginx } from "../support/nginx";
import { freePorts, startServer, stopServer, Visitor, type Server } from "../support/server";

/**
 * The shipped nginx site (deploy/nginx/steady.conf, only ports and paths changed) in front of two
 * app processes (scripts/serve.mjs, TRUST_PROXY=1), over HTTPS with a certificate made here:
 * docs/deploy.md's plain-server recipe, run for real. Also the logs and metrics an operator gets
 * (decision 029) and a rolling restart (decision 030).
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

const [APP1, APP2, HTTP, HTTPS, METRICS1, METRICS2] = (await freePorts(6)) as [number, number, number, number, number, number];
const BASE = `https://127.0.0.1:${HTTPS}`;
// Made in beforeAll: module code also runs in Playwright's runner process, which would leave a folder behind.
let dir: string;
let siteFile: string;
let dbFile: string;
let ca: string;
let nginx: Nginx;
const servers: Server[] = [];
/** Output of every app process this spec started, restarted ones included. */
const outputs: (() => string)[] = [];
const secrets: string[] = [];
/** Two people signed up through nginx, each with a family (made in the cache test, used after it). */
type Person = { visitor: Visitor; name: string; family: string; familyId: string; email: string; password: string };
const people: Person[] = [];

const appEnv = (extra: Record<string, string> = {}) => ({
  DATABASE_URL: `file:${dbFile}`,
  APP_URL: BASE,
  TRUST_PROXY: "1",
  AUTH_RATE_LIMIT: "on",
  NOTIFICATIONS_TICK_SECONDS: "2",
  ...extra,
});
/** Every start, so afterAll stops a server even if its start outlived a timed-out hook. */
const starts: Promise<Server>[] = [];
async function startApp(index: 0 | 1) {
  const start = startServer([APP1, APP2][index]!, appEnv({ METRICS_PORT: String([METRICS1, METRICS2][index]) }));
  starts.push(start);
  const server = await start;
  servers[index] = server;
  outputs.push(server.output);
  return server;
}
const execFileAsync = promisify(execFile);
/** deploy/nginx/rotation.sh, as docs/deploy.md runs it, on this spec's nginx. */
const rotation = (direction: "out" | "in", port: number) =>
  execFileAsync("sh", ["deploy/nginx/rotation.sh", direction, String(port)], {
    env: { ...process.env, STEADY_NGINX_SITE: siteFile, STEADY_NGINX: `${nginxBinary()} -p ${dir} -c ${join(dir, "nginx.conf")}`, STEADY_NGINX_PID: join(dir, "nginx.pid") },
  });
const visitor = (from: string) => new Visitor(BASE, httpsFetch(ca, from));
const get = (path: string, from = "127.0.0.1", headers: Record<string, string> = {}) => httpsFetch(ca, from)(`${BASE}${path}`, { headers, redirect: "manual" });
// A prerendered guide page (the English ones are built under app/[locale], as en).
const guideSlug = readdirSync(join(process.cwd(), ".next/server/app/en/guide")).find((f) => f.endsWith(".html"))!.slice(0, -5);
/** The app processes' JSON lines (the request log, the job log); other output (Next.js's banner, a line being written) is skipped. */
const logLines = () =>
  outputs
    .flatMap((output) => output().split("\n"))
    .flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as unknown;
        return parsed && typeof parsed === "object" ? [parsed as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });

test.beforeAll(async () => {
  test.setTimeout(180_000); // two servers start at once; slow on a busy machine
  dir = mkdtempSync(join(tmpdir(), "steady-nginx-"));
  dbFile = join(dir, "app.db");
  migratedSqliteFile(dbFile);
  const certificate = selfSignedCertificate(dir);
  ca = certificate.ca;
  await Promise.all([startApp(0), startApp(1)]);
  siteFile = join(dir, "steady.conf");
  writeFileSync(siteFile, renderSite(readFileSync(SITE, "utf8"), { dir, httpPort: HTTP, httpsPort: HTTPS, upstreams: [APP1, APP2], cert: certificate.cert, key: certificate.key }));
  nginx = await startNginx(dir, mainConfig(dir, siteFile), HTTPS);
});

test.afterAll(async () => {
  await nginx?.stop();
  for (const start of starts) {
    const server = await start.catch(() => undefined);
    if (server) await stopServer(server);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("HTTP goes to HTTPS, and every HTTPS answer carries one HSTS header", async () => {
  const plain = await httpsFetch(ca)(`http://127.0.0.1:${HTTP}/guide?x=1`, { redirect: "manual" });
  expect(plain.status).toBe(301);
  expect(plain.headers.get("location")).toBe("https://127.0.0.1/guide?x=1");
  for (const path of ["/", "/sign-in", "/no-such-page", "/api/health"]) {
    const response = await get(path);
    expect(response.status, path).toBeLessThan(500);
    // Headers.get joins repeated headers with ", ": equality means exactly one.
    expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
  }
});

test("the guide is served from nginx's cache; signed-in pages never are, and each person sees their own", async () => {
  const guideRequests = () => logLines().filter((l) => l.msg === "request" && l.route === "/guide/[slug]").length;
  const first = await get(`/guide/${guideSlug}`);
  expect(first.status).toBe(200);
  await expect.poll(guideRequests, { timeout: 30_000 }).toBe(1);
  for (let i = 0; i < 5; i++) {
    const again = await get(`/guide/${guideSlug}`);
    expect(again.status).toBe(200);
    expect(again.headers.get("x-cache-status")).toBe("HIT");
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id")); // its own id, not the cached one
    expect(await again.text()).toBe(await first.clone().text());
  }
  // Five more answers, and the app was not asked once more.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(guideRequests()).toBe(1);

  for (const [from, name] of [["127.0.0.30", "Marisol"], ["127.0.0.31", "Tobias"]] as const) {
    const person = { visitor: visitor(from), name, family: `${name}'s household` };
    const { email, password } = await person.visitor.signUp(name);
    const familyId = await person.visitor.createFamily(person.family);
    people.push({ ...person, email, password, familyId });
    secrets.push(email, password, name, person.family, familyId, ...person.visitor.cookies.values());
  }
  for (let round = 0; round < 2; round++) {
    for (const [i, person] of people.entries()) {
      const response = await person.visitor.request("/family");
      expect(response.status).toBe(200);
      expect(response.headers.get("x-cache-status")).toBeNull();
      expect(response.headers.get("cache-control")).toMatch(/no-store/);
      const html = await response.text();
      expect(html).toContain(person.family.replace("'", "&#x27;"));
      expect(html).not.toContain(people[1 - i]!.family.replace("'", "&#x27;"));
    }
  }
});

test("/_next/static is cached immutable, and answers are compressed by nginx", async () => {
  const html = await (await get(`/guide/${guideSlug}`)).text();
  // A framework script, named by a private page (reading pages ship none: decision 053).
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await get("/sign-in")).text())![1]!;
  const gzip = { "accept-encoding": "gzip" };
  await get(script, "127.0.0.1", gzip);
  const cached = await get(script, "127.0.0.1", gzip);
  expect(cached.status).toBe(200);
  expect(cached.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  expect(cached.headers.get("x-cache-status")).toBe("HIT");
  expect(cached.headers.get("content-encoding")).toBe("gzip");

  const page = await get(`/guide/${guideSlug}`, "127.0.0.1", gzip);
  expect(page.headers.get("content-encoding")).toBe("gzip");
  const body = gunzipSync(Buffer.from(await page.arrayBuffer())).toString("utf8");
  expect(body).toBe(html);
  const signIn = await get("/sign-in", "127.0.0.1", gzip);
  expect(signIn.headers.get("content-encoding")).toBe("gzip");
});

test("the app sees the real client through nginx: limits count each client, and a forged X-Forwarded-For changes nothing", async () => {
  // Marisol's account, from other addresses (she signed up from 127.0.0.30).
  const { email, password } = people[0]!;
  const signIn = (from: string, guess: string, forged?: string) =>
    httpsFetch(ca, from)(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: BASE, "content-type": "application/json", ...(forged ? { "x-forwarded-for": forged } : {}) },
      body: JSON.stringify({ email, password: guess }),
    });
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await signIn("127.0.0.41", `wrong guess ${i}`, `198.51.100.${i}`)).status);
  // Had the app believed the forged header, each guess would have been a new client.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  expect((await signIn("127.0.0.41", password, "203.0.113.9")).status).toBe(429);
  // Had the app counted nginx's address, this other client would be refused too.
  expect((await signIn("127.0.0.42", password)).status).toBe(200);
});

test("logs: one JSON line per request and per job, with the request id, and no name, email, note or token", async () => {
  const { visitor: person, familyId } = people[0]!;
  const note = "he skipped the meeting again, worried sick";
  expect(await person.checkIn(familyId, note)).toBe(true);
  const token = "kT3vQ9xLm2Pz8RwY4nB6cD1fG5hJ7sA0";
  const reset = await person.request(`/reset/${token}`);
  expect(reset.status).toBeLessThan(500);
  const requestId = reset.headers.get("x-request-id")!;
  expect(requestId).toMatch(/^[0-9a-f]{32}$/); // nginx's $request_id, passed on to the app
  secrets.push(note, token);

  await expect.poll(() => logLines().some((l) => l.requestId === requestId), { timeout: 30_000 }).toBe(true);
  const lines = logLines();
  const requests = lines.filter((l) => l.msg === "request");
  expect(requests.length).toBeGreaterThan(20);
  for (const line of requests) {
    expect(Object.keys(line).sort()).toEqual(["level", "method", "ms", "msg", "requestId", "route", "status", "time"]);
    expect(line.route).not.toMatch(/\/(?!\[)[^/]*\d[^/]*$/); // a pattern, never an id or a token
  }
  expect(requests.find((l) => l.requestId === requestId)).toMatchObject({ route: "/reset/[token]", method: "GET" });
  expect(requests.some((l) => l.route === "/family/[familyId]/check-ins/new" && l.method === "POST" && l.status === 303)).toBe(true);
  const jobs = lines.filter((l) => l.msg === "job");
  expect(jobs.some((l) => l.job === "notices" && l.outcome === "ok" && typeof l.ms === "number")).toBe(true);

  const everything = outputs.map((output) => output()).join("\n") + readFileSync(join(dir, "access.log"), "utf8");
  for (const secret of secrets) expect(everything, `the logs hold "${secret.slice(0, 12)}…"`).not.toContain(secret);
  // nginx's own access log: no path, no address.
  const access = readFileSync(join(dir, "access.log"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(Object.keys(access[0]!).sort()).toEqual(["bytes", "cache", "method", "request_id", "seconds", "status", "time", "upstream"]);
  expect(access.some((l) => l.request_id === requestId)).toBe(true);
});

test("metrics on a private port: requests by route and status, latency, mail outbox, jobs; not through nginx", async () => {
  // Each process has its own port (a Prometheus target each); together they saw every request.
  const text = (await Promise.all([METRICS1, METRICS2].map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()))).join("\n");
  expect(text).toMatch(/^steady_http_requests_total\{route="\/family",method="GET",status="200"\} \d+$/m);
  expect(text).toMatch(/^steady_http_request_duration_seconds_bucket\{le="0\.1",route="\/guide\/\[slug\]",method="GET"\} \d+$/m);
  expect(text).toMatch(/^steady_mail_outbox_messages\{status="pending"\} \d+$/m);
  expect(text).toMatch(/^steady_mail_outbox_messages\{status="failed"\} \d+$/m);
  expect(text).toMatch(/^steady_mail_send_failures_total \d+$/m);
  expect(text).toMatch(/^steady_job_runs_total\{job="notices",outcome="ok"\} \d+$/m);
  expect(text).toMatch(/^steady_job_duration_seconds_count\{job="notices"\} \d+$/m);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect((await get("/metrics")).status).toBe(404);
});

test("the rotation script refuses a port the site does not name, and leaves the site as it was", async () => {
  const site = readFileSync(siteFile, "utf8");
  const refused = await rotation("out", 1).then(
    () => "ran",
    (error: { code?: number; stderr?: string }) => `${error.code} ${error.stderr}`,
  );
  expect(refused).toMatch(/^1 .*no "server …:1" line/);
  expect(readFileSync(siteFile, "utf8")).toBe(site);
});

test("a rolling restart behind nginx (docs/deploy.md): out of rotation, restarted, back; no request fails, no save is lost", async () => {
  const { visitor: person, familyId } = people[1]!;

  // Requests and saves flow from four clients while one process is stopped and started again.
  let flowing = true;
  let restarting = false;
  let acknowledged = 0;
  let acknowledgedDuringRestart = 0;
  const failures: string[] = [];
  const flows = Array.from({ length: 4 }, async (_, c) => {
    for (let n = 0; flowing; n++) {
      try {
        const page = await person.request(n % 2 ? `/family/${familyId}` : `/guide/${guideSlug}`);
        if (page.status !== 200) failures.push(`GET ${page.status}`);
        const save = await person.submit(`/family/${familyId}/check-ins/new`, "worry", { worry: "3", wellbeing: "3", note: `rolling ${c}-${n}`, visibility: "family" });
        if (save.status === 303 && (save.headers.get("location") ?? "").includes("done=saved")) {
          acknowledged++;
          if (restarting) acknowledgedDuringRestart++;
        } else failures.push(`save answered ${save.status} ${save.headers.get("location") ?? ""}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  restarting = true;
  const errorsBefore = nginx.errors().length;
  await rotation("out", APP1);
  expect(readFileSync(siteFile, "utf8")).toContain(`127.0.0.1:${APP1} max_fails=0 down;`);
  await stopServer(servers[0]!);
  // Stopped: every request goes to the other process.
  for (let i = 0; i < 6; i++) expect((await person.request(`/family/${familyId}`)).status).toBe(200);
  const restarted = await startApp(0);
  await expect.poll(async () => (await fetch(`${restarted.url}/api/health/ready`)).status).toBe(200);
  await rotation("in", APP1);
  restarting = false;
  // Back in the rotation: the restarted process is sent requests again.
  const answered = () => restarted.output().split("\n").filter((line) => line.includes('"msg":"request"')).length;
  const answeredBefore = answered();
  await expect.poll(answered, { timeout: 10_000 }).toBeGreaterThan(answeredBefore);
  flowing = false;
  await Promise.all(flows);

  const db = new Database(dbFile, { readonly: true });
  const stored = (db.prepare("SELECT count(*) AS n FROM CheckIn WHERE note LIKE 'rolling %'").get() as { n: number }).n;
  db.close();
  console.log(`rolling restart: ${acknowledged} saves acknowledged (${acknowledgedDuringRestart} while a process was down), ${stored} stored, ${failures.length} failed`);
  // A refused connection is the stopped process being skipped, as it should be; any other error is the cause.
  if (failures.length) console.log(nginx.errors().split("\n").filter((line) => line && !line.includes("Connection refused")).slice(-20).join("\n"));
  expect(failures).toEqual([]);
  expect(acknowledgedDuringRestart).toBeGreaterThan(0);
  // nginx never even tried the stopped process: no refused or reset connection in its log.
  expect(nginx.errors().slice(errorsBefore)).not.toMatch(/\[(error|crit)\].*upstream/);
  expect(stored).toBe(acknowledged);
});
