import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * Extra production servers for tests that need their own settings (rate limits on, a shared
 * PostgreSQL database, a restart). They run the same build as the main e2e server, each on its
 * own port (3311-3330) and database, and are stopped by process id.
 */
const run = process.env.TEST_RUN_ID ?? String(process.pid);
const POSTGRES = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432";

export type Server = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

export async function startServer(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  // Listens on 127.0.0.1 only; tests connect from other loopback addresses (127.0.0.2, …) to be different clients.
  // The app's own server entry (scripts/serve.mjs), which stamps the client's address.
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, APP_URL: url, NEXT_TELEMETRY_DISABLED: "1", AUTH_RATE_LIMIT: "on", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error(`server on ${port} did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return { url, port, process: child, stop };
}

function migrate(databaseUrl: string) {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
}

export function sqliteDatabase(name: string) {
  const file = join(tmpdir(), `relapse-response-e2e-${name}-${run}.db`);
  rmSync(file, { force: true });
  const url = `file:${file}`;
  migrate(url);
  return { url, drop: async () => rmSync(file, { force: true }) };
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function postgresDatabase(name: string) {
  const database = `relapse_response_e2e_${name}_${run}`;
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${database}"`);
  const url = `${POSTGRES}/${database}`;
  migrate(url);
  return { url, drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}
