import "server-only";
import { db } from "../db";
import { env, mailConfigured } from "../env";
import { newWorkerId, processOutbox, purgeSent } from "../mail/outbox";
import { smtpTransport, type MailTransport } from "../mail/transport";
import { runScheduler } from "./scheduler";
import { runJob } from "../observability/jobs";
import { mailFailures } from "../observability/app-metrics";

/**
 * The background loop of one app instance, started from instrumentation.ts (Node runtime only):
 * every NOTIFICATIONS_TICK_SECONDS (30 by default), the scheduler records due notices, then (only when mail is configured) the
 * outbox sends what is due. Many instances may run it at once (the keys and claims make that
 * safe). A tick never overlaps the previous one, and a failing job is logged and retried at the
 * next one.
 */
const state = globalThis as unknown as { steadyBackground?: { timer: NodeJS.Timeout } };

export function startBackground(): void {
  if (state.steadyBackground) return;
  const config = env();
  const workerId = newWorkerId();
  let transport: MailTransport | undefined;
  let running = false;
  // Each run is one JSON line and counts in the job metrics (lib/observability/jobs.ts).
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runJob("notices", () => runScheduler(new Date()));
      if (mailConfigured(config)) {
        await runJob("mail-outbox", async () => {
          transport ??= smtpTransport(config.SMTP_URL);
          const total = { claimed: 0, sent: 0, retried: 0, failed: 0 };
          // Drain what is due, a batch at a time, until a pass claims nothing.
          for (let pass = 0; pass < 10; pass++) {
            const result = await processOutbox(db, transport, { workerId, from: config.MAIL_FROM, appUrl: config.APP_URL });
            for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += result[key];
            if (result.claimed === 0) break;
          }
          mailFailures().inc(total.retried + total.failed);
          return total;
        });
      }
      await runJob("mail-purge", async () => ({ purged: await purgeSent(db) }));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, config.NOTIFICATIONS_TICK_SECONDS * 1000);
  timer.unref();
  setTimeout(tick, Math.min(3_000, config.NOTIFICATIONS_TICK_SECONDS * 1000)).unref();
  state.steadyBackground = { timer };
}
