import "server-only";
import { Counter, Gauge, Histogram, register, type Metric } from "prom-client";
import { db } from "../db";

/**
 * The app's own Prometheus metrics, on prom-client's shared registry (next.config.ts keeps
 * prom-client outside the bundle, so this is the registry scripts/serve.mjs exposes beside the
 * request metrics). docs/decisions/029-logs-and-metrics.md.
 *
 * - steady_mail_outbox_messages{status}: rows waiting (pending) and given up on (failed), read
 *   from the database when scraped (the same figure from every process: "max" across workers);
 * - steady_mail_send_failures_total: send attempts that failed (retried or given up);
 * - steady_job_runs_total{job,outcome} and steady_job_duration_seconds{job}: background job runs.
 */
function once<T extends Metric>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

export function registerAppMetrics() {
  once(
    "steady_mail_outbox_messages",
    () =>
      new Gauge({
        name: "steady_mail_outbox_messages",
        help: "Mail outbox rows by status: pending (waiting to be sent) and failed (gave up after 8 tries)",
        labelNames: ["status"],
        aggregator: "max",
        async collect() {
          try {
            const rows = await db.mailOutbox.groupBy({ by: ["status"], where: { status: { in: ["pending", "failed"] } }, _count: { _all: true } });
            for (const status of ["pending", "failed"]) this.set({ status }, rows.find((r) => r.status === status)?._count._all ?? 0);
          } catch {
            // The database is away: leave the last figures; steady_up (readiness) tells the rest.
          }
        },
      }),
  );
  jobMetrics();
  mailFailures();
}

export function jobMetrics() {
  return {
    runs: once("steady_job_runs_total", () => new Counter({ name: "steady_job_runs_total", help: "Background job runs by job and outcome (ok, error)", labelNames: ["job", "outcome"] })),
    duration: once(
      "steady_job_duration_seconds",
      () => new Histogram({ name: "steady_job_duration_seconds", help: "How long a background job run took", labelNames: ["job"], buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60] }),
    ),
  };
}

export function mailFailures() {
  return once("steady_mail_send_failures_total", () => new Counter({ name: "steady_mail_send_failures_total", help: "Mail send attempts that failed (retried later, or given up)" }));
}
