// One JSON line per event on stdout, with pino (docs/decisions/029-logs-and-metrics.md): the
// server entry logs requests (lib/observability/requests.mjs), the app logs its jobs
// (lib/observability/jobs.ts). A line holds only what an operator needs to find a problem: the
// time, what happened, the route pattern (never the path: paths carry tokens), the status, how
// long it took, and a request id. Never a name, an email, a note or a token; callers pass only
// such fields, and tests/unit/request-log.test.ts and tests/e2e/deploy-nginx.spec.ts check it.
import pino from "pino";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function createLogger(destination) {
  const level = LEVELS.includes(process.env.LOG_LEVEL ?? "") ? process.env.LOG_LEVEL : "info";
  return pino(
    {
      level,
      base: undefined, // no pid or hostname on every line; the supervisor knows which process it ran
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
