// The PostgreSQL driver adapter for Prisma's migrate commands only (see
// docs/decisions/002-two-database-schemas.md). Two workarounds for adapter-pg 6.19.3 live here
// and nowhere else:
// - the migration engine queries catalog columns of type `name` (oid 19) and `"char"` (oid 18),
//   which adapter-pg cannot deserialize (prisma/orm#27403); we report them as text (oid 25);
// - an idle pool keeps the CLI alive ~10 s after it finishes; allowExitOnIdle lets it exit.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const CATALOG_TYPES_READ_AS_TEXT = new Set([18, 19]);
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] };

function readCatalogTypesAsText<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as Result[];
  for (const r of results) {
    for (const field of r?.fields ?? []) {
      if (CATALOG_TYPES_READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads; the pool calls it with a trailing callback.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const pending = (super.query as any)(...args);
    if (!pending || typeof pending.then !== "function") return pending;
    const fixed = pending.then(readCatalogTypesAsText);
    if (!callback) return fixed;
    fixed.then(
      (result: unknown) => callback(null, result),
      (error: unknown) => callback(error),
    );
    return undefined;
  }
}

export function postgresMigrationAdapter(connectionString: string) {
  const pool = new pg.Pool({ connectionString, allowExitOnIdle: true, Client: CatalogFriendlyClient });
  return new PrismaPg(pool);
}

// The CLI leaves a long timer running after the work is done, which keeps the process alive ~10 s.
// Long timers do not need to hold the process open in a one-shot CLI run; let it exit.
const LONG_TIMER_MS = 5_000;
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if ((ms ?? 0) >= LONG_TIMER_MS) timer.unref?.();
  return timer;
}) as typeof setTimeout;
