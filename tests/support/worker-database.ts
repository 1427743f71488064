import { workerDatabaseUrl } from "./databases";

// Each vitest worker has a database of its own (made by the project's global setup), so test
// files run two at a time and never share one.
process.env.DATABASE_URL = workerDatabaseUrl(process.env.DATABASE_URL!, Number(process.env.VITEST_POOL_ID));
