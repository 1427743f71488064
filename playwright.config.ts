import { defineConfig } from "@playwright/test";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const run = process.env.TEST_RUN_ID ?? String(process.pid);
process.env.TEST_RUN_ID = run;
export const E2E_DATABASE_URL = `file:${join(tmpdir(), `relapse-response-e2e-${run}.db`)}`;

// Debian's Chromium; Playwright never downloads a browser here. The networking flags keep
// Chromium from calling home (and flooding the closed network).
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // Sign-up hashes a password and checks its strength; on a busy 2-core machine that can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/playwright.json" }]] : [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  webServer: {
    // The production server on a fresh, migrated SQLite file. `npm test` builds first.
    command: `rm -f ${E2E_DATABASE_URL.slice(5)} ${E2E_DATABASE_URL.slice(5)}-wal ${E2E_DATABASE_URL.slice(5)}-shm && node_modules/.bin/prisma migrate deploy && node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Rate limits off here only: the suite signs up dozens of people from one address.
    // tests/e2e/limits.spec.ts starts its own servers with them on.
    env: { DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", APP_URL: `http://127.0.0.1:${PORT}`, AUTH_RATE_LIMIT: "off" },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
