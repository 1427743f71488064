import "server-only";
import { jobMetrics } from "./app-metrics";
import { errorName, log } from "./log";

/**
 * Runs a background job and reports it: one JSON line (time, job, outcome, duration, and the
 * counts the job returns, which are numbers only) and the job metrics. Never the error's message:
 * it can carry an address or a row's content; its name and code are enough to look further.
 */
export async function runJob<T extends Record<string, number>>(job: string, work: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  const { runs, duration } = jobMetrics();
  try {
    const counts = await work();
    const ms = Math.round(performance.now() - started);
    runs.inc({ job, outcome: "ok" });
    duration.observe({ job }, ms / 1000);
    log.info({ job, outcome: "ok", ms, ...numbersOnly(counts) }, "job");
    return counts;
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    runs.inc({ job, outcome: "error" });
    duration.observe({ job }, ms / 1000);
    log.error({ job, outcome: "error", ms, error: errorName(error) }, "job");
    return undefined;
  }
}

function numbersOnly(counts: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(counts).filter(([, value]) => typeof value === "number"));
}
