import "server-only";
import { db } from "../db";
import { env, mailConfigured } from "../env";
import { newWorkerId, processOutbox, purgeSent } from "../mail/outbox";
import { smtpTransport, type MailTransport } from "../mail/transport";
import { runScheduler } from "./scheduler";

/**
 * The background loop of one app instance, started from instrumentation.ts (Node runtime only):
 * every NOTIFICATIONS_TICK_SECONDS (30 by default), the scheduler records due notices, then (only when mail is configured) the
 * outbox sends what is due. Many instances may run it at once (the keys and claims make that
 * safe). A tick never overlaps the previous one, and a failing tick is logged and retried at the
 * next one.
 */
const state = globalThis as unknown as { steadyBackground?: { timer: NodeJS.Timeout } };

export function startBackground(): void {
  if (state.steadyBackground) return;
  const config = env();
  const workerId = newWorkerId();
  let transport: MailTransport | undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runScheduler(new Date());
      if (mailConfigured(config)) {
        transport ??= smtpTransport(config.SMTP_URL);
        // Drain what is due, a batch at a time, until a pass claims nothing.
        for (let pass = 0; pass < 10; pass++) {
          const { claimed } = await processOutbox(db, transport, { workerId, from: config.MAIL_FROM, appUrl: config.APP_URL });
          if (claimed === 0) break;
        }
      }
      await purgeSent(db);
    } catch (error) {
      console.error("notifications tick failed:", error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? ""}` : "unknown error");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, config.NOTIFICATIONS_TICK_SECONDS * 1000);
  timer.unref();
  setTimeout(tick, Math.min(3_000, config.NOTIFICATIONS_TICK_SECONDS * 1000)).unref();
  state.steadyBackground = { timer };
}
