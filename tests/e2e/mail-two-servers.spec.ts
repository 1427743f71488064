import { expect, test } from "@playwright/test";
import { createPostgresDatabase } from "../support/postgres";
import { freePorts, startServer, stopServer, type Server } from "../support/server";
import { startSmtp } from "../support/smtp";

/**
 * The mail outbox with two real `next start` servers on one PostgreSQL database, each running its
 * own background worker, and a real SMTP server in this process: every queued message arrives
 * exactly once. (tests/integration/mail-outbox.test.ts covers refusals, backoff and restarts.)
 */
test("two app servers drain one outbox: each message arrives once", async () => {
  test.setTimeout(180_000);
  const N = 120;
  const database = await createPostgresDatabase("mail_two");
  const smtp = await startSmtp();
  const servers: Server[] = [];
  try {
    const env = { DATABASE_URL: database.url, SMTP_URL: smtp.url, MAIL_FROM: "Steady <no-reply@example.org>", NOTIFICATIONS_TICK_SECONDS: "1" };
    servers.push(...(await Promise.all((await freePorts(2)).map((port) => startServer(port, env)))));
    await database.query(
      `INSERT INTO "MailOutbox" (id, "toAddress", kind, subject, text, status, attempts, "nextAttemptAt", "createdAt")
       SELECT 'two-' || g, 'two' || g || '@example.test', 'alert', 'Something new in your family space',
              'Something new was added to your family space. {{UNSUBSCRIBE_URL}}', 'pending', 0, now(), now()
       FROM generate_series(1, ${N}) AS g`,
    );
    await expect.poll(() => smtp.received.length, { timeout: 60_000, intervals: [500] }).toBeGreaterThanOrEqual(N);
    // A few more ticks: nothing else may arrive.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const delivered = smtp.received.map((m) => m.to[0]!);
    const rows = await database.query<{ status: string; lockedBy: string | null; attempts: number }>(`SELECT status, "lockedBy", attempts FROM "MailOutbox"`);
    const bySender = new Map<string, number>();
    for (const row of rows) bySender.set(row.lockedBy ?? "none", (bySender.get(row.lockedBy ?? "none") ?? 0) + 1);
    const figures = {
      messages: N,
      arrived: delivered.length,
      unique: new Set(delivered).size,
      duplicates: delivered.length - new Set(delivered).size,
      lost: N - new Set(delivered).size,
      sent: rows.filter((r) => r.status === "sent").length,
      failed: rows.filter((r) => r.status === "failed").length,
      retried: rows.filter((r) => r.attempts > 1).length,
      senders: [...bySender.values()],
    };
    console.log(`TWO SERVERS OUTBOX FIGURES ${JSON.stringify(figures)}`);
    expect(figures).toMatchObject({ arrived: N, unique: N, duplicates: 0, lost: 0, sent: N, failed: 0 });
    expect(bySender.size).toBe(2); // both servers sent some
    for (const message of smtp.received) expect(message.raw).not.toContain("{{UNSUBSCRIBE_URL}}");
  } finally {
    await Promise.all(servers.map((server) => stopServer(server)));
    await smtp.close();
    await database.drop();
  }
});
