import { defineConfig } from "@playwright/test";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const run = process.env.TEST_RUN_ID ?? String(process.pid);
process.env.TEST_RUN_ID = run;
export const E2E_DATABASE_URL = `file:${join(tmpdir(), `relapse-response-e2e-${run}.db`)}`;
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
// The main server's session secret, the same in every worker (each loads this file): tests sign
// people in by writing a session and its signed cookie (tests/e2e/support/sessions.ts).
export const E2E_AUTH_SECRET = createHash("sha256").update(`steady-e2e-${run}`).digest("hex");

// Debian's Chromium; Playwright never downloads a browser here. Tests run in its headless shell
// (the old headless mode, package chromium-headless-shell), about a quarter less CPU than the full
// browser in headless mode, which draws a window's toolbar for every page (decision 040).
export const HEADLESS_SHELL = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium-headless-shell";
export const FULL_CHROMIUM = "/usr/bin/chromium";
/** `test.use(SERVICE_WORKERS_ON)` in a spec about the service worker (the others run without it). */
export const SERVICE_WORKERS_ON = { serviceWorkers: "allow" } as const;
// The networking flags keep Chromium from calling home (and flooding the closed network).
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Specs that start servers of their own (crash, outage, two instances, rate limits, mail, nginx):
 * one of them at a time, beside the specs that share the main server below, so that on 2 cores
 * one worker starts servers while the other drives pages (`npm test` must stay under 8 minutes).
 * The two full-browser specs (print, quick exit without JavaScript) join this chain: Playwright
 * runs a spec with a browser of its own after all the others, in a tail where one core idles.
 */
const OWN_SERVERS = [
  "print.spec.ts",
  "quick-exit-no-js.spec.ts",
  "durability-sqlite.spec.ts",
  "postgres-operations.spec.ts",
  "rate-limits.spec.ts",
  "mail-two-servers.spec.ts",
  "notifications-mail.spec.ts",
  "forgot-password.spec.ts",
  "npm-start.spec.ts",
  "startup.spec.ts",
  "deploy-nginx.spec.ts",
].map((file) => new RegExp(`/${file.replaceAll(".", "\\.")}$`));

const PAINT = [/\/reading-lcp\.spec\.ts$/];
// Each run of Playwright in `npm test` keeps its own report and output folder (Playwright empties
// the folder when it starts).
const RUN_NAME = process.env.PLAYWRIGHT_RUN_NAME ?? "playwright";

export default defineConfig({
  testDir: "tests/e2e",
  // Migrated databases that the specs' own servers copy instead of migrating each their own.
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous: with two browsers on two cores a long flow (sign-up, family, invite) takes longer.
  timeout: 60_000,
  projects: [
    // Paint timing needs a quiet machine: `npm test` runs this project alone, first, before the
    // others (scripts/test.sh), instead of waiting at the end for the last tests to finish.
    { name: "paint", testMatch: PAINT },
    // First, so that their long chain starts at once and runs beside the rest.
    { name: "own-servers", testMatch: OWN_SERVERS, workers: 1 },
    { name: "app", testIgnore: [...OWN_SERVERS, ...PAINT] },
  ],
  // Sign-up hashes a password and checks its strength; on a busy 2-core machine that can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `test-results/${RUN_NAME}.json` }]],
  // Playwright empties its output folder when it starts: its own, so that the other logs in test-results stay.
  outputDir: `test-results/${RUN_NAME}`,
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    launchOptions: { executablePath: HEADLESS_SHELL, args: CHROMIUM_ARGS },
    // A first visit installs the service worker, which fetches and stores twelve pages: about half
    // the CPU of a fresh context that opens two pages (measured, decision 054). Only the specs
    // about it (offline, the kept plan, quick exit, the policy and the script budget, paint timing)
    // turn it on, with SERVICE_WORKERS_ON.
    serviceWorkers: "block",
  },
  webServer: {
    // The production server on a fresh, migrated SQLite file. `npm test` builds first. Its log (a
    // JSON line per request, and every error the app caught) goes to test-results/e2e-server.log.
    command: `rm -f ${E2E_DATABASE_URL.slice(5)} ${E2E_DATABASE_URL.slice(5)}-wal ${E2E_DATABASE_URL.slice(5)}-shm && node_modules/.bin/prisma migrate deploy && node scripts/serve.mjs -p ${PORT} -H 127.0.0.1 >>test-results/e2e-server.log`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Rate limits off here only: the suite signs up dozens of people from one address.
    // tests/e2e/rate-limits.spec.ts starts its own servers with them on.
    env: { DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", APP_URL: E2E_BASE_URL, BETTER_AUTH_SECRET: E2E_AUTH_SECRET, AUTH_RATE_LIMIT: "off" },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
