import type { Client } from "pg";

/**
 * Whether the PostgreSQL database answers: one `SELECT 1` on a connection of its own, a fraction
 * of a millisecond when the database is up, shared by requests that arrive while it runs. Used by
 * proxy.ts to answer a calm 503 page while the database is away, and to notice by itself when it
 * is back.
 *
 * "Up" is never taken from memory: a cached "up" let the first requests after a cut through to a
 * page that then failed with a 500 (seen in CI, where the request beat the socket's close event).
 * "Down" is remembered for DOWN_FRESH_MS so an outage is not met with a connection attempt per
 * request.
 */
const DOWN_FRESH_MS = 250;
const TIMEOUT_MS = 1_500;

type State = { up: boolean; checkedAt: number; inflight?: Promise<boolean>; client?: Client };
const globalState = globalThis as unknown as { steadyDatabaseProbe?: State };
const state: State = (globalState.steadyDatabaseProbe ??= { up: true, checkedAt: 0 });

async function probe(url: string): Promise<boolean> {
  try {
    if (!state.client) {
      const { Client } = (await import("pg")).default;
      const client = new Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS });
      const lost = () => {
        // The connection died (the database went away, or a network cut): the very next request
        // asks again instead of trusting the last answer; that probe opens a new connection.
        if (state.client !== client) return;
        state.client = undefined;
        state.checkedAt = 0;
      };
      client.on("error", lost).on("end", lost);
      state.client = client;
      await client.connect();
    }
    await state.client.query("SELECT 1");
    return true;
  } catch {
    const broken = state.client;
    state.client = undefined;
    broken?.end().catch(() => {});
    return false;
  }
}

export async function postgresReachable(url: string, now = Date.now()): Promise<boolean> {
  if (!state.up && now - state.checkedAt < DOWN_FRESH_MS) return false;
  state.inflight ??= probe(url).then((up) => {
    state.up = up;
    state.checkedAt = Date.now();
    state.inflight = undefined;
    return up;
  });
  return state.inflight;
}
