import { spawn } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildIsCurrent } from "../../scripts/build-state.mjs";
import { freePort } from "../support/server";

// `npm start` (scripts/start.mjs) on an up-to-date build: no rebuild, serving in seconds.
// npm test builds with `npm run build`, which records what the build was made from.
test("npm start serves the existing build without rebuilding", async () => {
  test.setTimeout(120_000);
  expect(buildIsCurrent(), "npm run build records the sources it built; build with it first").toBe(true);
  const file = join(tmpdir(), `relapse-response-start-${process.env.TEST_RUN_ID ?? process.pid}.db`);
  const buildId = statSync(".next/BUILD_ID").mtimeMs;
  const port = await freePort();
  const started = Date.now();
  const server = spawn("node", ["scripts/start.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, APP_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    await expect(async () => expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)).toPass({ timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`npm start answered in ${seconds.toFixed(1)} s`);
    expect(output).toContain("The build is up to date");
    expect(output).not.toMatch(/Creating an optimized production build/);
    expect(statSync(".next/BUILD_ID").mtimeMs).toBe(buildId);
    // Seconds, not a build's minutes (3-7 s here; a rebuild takes over a minute even on a quiet
    // machine). The limit leaves room for a CI machine several times slower; the two checks above
    // are the proof that nothing was rebuilt.
    expect(seconds).toBeLessThan(45);
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
});
