import { join } from "node:path";
import { tmpdir } from "node:os";

/**
 * Database URLs for one test run. The names carry the process id so two runs on one machine
 * never share a database. TEST_POSTGRES_URL points at the server (default: the local one).
 */
export function testDatabaseUrls() {
  const run = process.env.TEST_RUN_ID ?? String(process.pid);
  process.env.TEST_RUN_ID = run;
  const server = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432";
  return {
    sqlite: `file:${join(tmpdir(), `relapse-response-test-${run}.db`)}`,
    postgres: `${server.replace(/\/$/, "")}/relapse_response_test_${run}`,
    postgresAdmin: `${server.replace(/\/$/, "")}/postgres`,
  };
}

/** How many vitest workers run at once, so how many databases each project makes. */
export const TEST_WORKERS = 2;

/** The database of one vitest worker (1..TEST_WORKERS): the run's database with a suffix. */
export function workerDatabaseUrl(base: string, worker: number) {
  if (!Number.isInteger(worker) || worker < 1 || worker > TEST_WORKERS) {
    throw new Error(`vitest worker ${worker} has no database: TEST_WORKERS is ${TEST_WORKERS}`);
  }
  return base.startsWith("file:") ? base.replace(/\.db$/, `-w${worker}.db`) : `${base}_w${worker}`;
}

export const workerNumbers = () => Array.from({ length: TEST_WORKERS }, (_, i) => i + 1);
