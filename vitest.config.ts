import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { TEST_WORKERS, testDatabaseUrls } from "./tests/support/databases";

// Unit tests run once, in shared workers (isolate: false): they are pure functions, and importing
// lib/ again for every file was two thirds of their time (50 s of CPU to 19 s); integration tests
// too, but for the files in STATEFUL. They run twice: against a real SQLite file and against a
// real PostgreSQL database, each created and migrated for this run and dropped afterwards. Two
// files run at a time (vitest's default is one on two cores); each worker has its own copy of
// each database (tests/support/worker-database.ts).
const databases = testDatabaseUrls();
const alias = {
  "@": fileURLToPath(new URL(".", import.meta.url)),
  // "server-only" throws outside React Server Components; tests call lib/ directly.
  "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
  // Server actions called in-process (tests/integration/fuzz-actions.test.ts): the request scope of
  // Next.js is replaced by the request the test sets; everything else is real.
  "next/headers": fileURLToPath(new URL("./tests/support/next-request.ts", import.meta.url)),
  "next/cache": fileURLToPath(new URL("./tests/support/next-request.ts", import.meta.url)),
};

/**
 * Integration files that change what the process shares: the environment (mail on, rate limits
 * off), the request scope of server actions, a mocked module. They run each in a fresh module
 * graph; the others share their workers' modules (isolate: false), which halves their time. With
 * every file shared, 14 tests failed depending on which file a worker had run before.
 */
const STATEFUL = ["account-language", "fuzz-actions", "mail-leak", "notifications", "plan", "quick-exit", "recovery"].map(
  (name) => `tests/integration/${name}.test.ts`,
);

export default defineConfig({
  resolve: { alias },
  test: {
    maxWorkers: TEST_WORKERS,
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node", isolate: false },
      },
      ...(["sqlite", "postgres"] as const).flatMap((kind) =>
        [false, true].map((isolated) => ({
          resolve: { alias },
          test: {
            name: isolated ? `${kind}-isolated` : kind,
            include: isolated ? STATEFUL : ["tests/integration/**/*.test.ts"],
            exclude: isolated ? [] : STATEFUL,
            isolate: isolated,
            environment: "node" as const,
            env: { DATABASE_URL: databases[kind], NODE_ENV: "test" as const },
            // Both projects of a kind name it; it makes the databases once per run.
            globalSetup: [`tests/support/global-setup-${kind}.ts`],
            setupFiles: ["tests/support/worker-database.ts"],
            hookTimeout: 60_000,
            testTimeout: 30_000,
          },
        })),
      ),
    ],
  },
});
