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
