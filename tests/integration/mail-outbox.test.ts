import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient, db } from "@/lib/db";
import { databaseKind } from "@/lib/db/database-url";
import { buildMessage } from "@/lib/mail/messages";
import { backoffMs, claimDue, enqueueMail, outboxFigures, processOutbox, purgeSent } from "@/lib/mail/outbox";
import { smtpTransport } from "@/lib/mail/transport";
import { hashToken } from "@/lib/sharing/tokens";
import { startSmtp, type TestSmtp } from "../support/smtp";

/**
 * The durable outbox against a real database (SQLite file and PostgreSQL) and a real SMTP server
 * in this process. Arrivals are counted at the SMTP server, not by what the code says it did.
 */
const APP_URL = "https://steady.example.org";
const FROM = "Steady <no-reply@example.org>";
const kind = databaseKind(process.env.DATABASE_URL ?? "");

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  await db.mailOutbox.deleteMany({});
  smtp.received.length = 0;
  smtp.rejectNext(0);
});

const message = (to: string) => ({ ...buildMessage("alert", APP_URL, "family123"), to });
const options = (over: Partial<Parameters<typeof processOutbox>[2]> = {}) => ({ from: FROM, appUrl: APP_URL, ...over });

describe(`mail outbox (${kind})`, () => {
  it("sends a queued message once, with one-click unsubscribe headers", async () => {
    await enqueueMail(db, message("parent@example.test"));
    const result = await processOutbox(db, smtpTransport(smtp.url), options());
    expect(result).toMatchObject({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(await processOutbox(db, smtpTransport(smtp.url), options())).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.subject).toBe("Something new in your family space");
    expect(smtp.received[0]!.to).toEqual(["parent@example.test"]);
    // Header lines may be folded onto the next line: unfold first.
    const raw = smtp.received[0]!.raw.replace(/\r?\n[ \t]+/g, " ");
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const header = /^List-Unsubscribe: <(https:\/\/steady\.example\.org\/api\/unsubscribe\/([A-Za-z0-9_-]{43}))>/m.exec(raw);
    expect(header).not.toBeNull();
    // The token is only in the email; the row keeps its hash.
    const row = await db.mailOutbox.findFirstOrThrow({});
    expect(row.status).toBe("sent");
    expect(row.sentAt).not.toBeNull();
    expect(row.unsubscribeHash).toBe(hashToken(header![2]!));
    expect(JSON.stringify(row)).not.toContain(header![2]!);
    expect(mail.text).toContain(`${APP_URL}/unsubscribe/${header![2]}`);
    expect(mail.text).not.toContain("{{");
  });

  it("sent rows go after 90 days; failed and pending rows stay", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    await enqueueMail(db, message("old@example.test"), now);
    await enqueueMail(db, message("failed@example.test"), now);
    await enqueueMail(db, message("waiting@example.test"), now);
    await db.mailOutbox.updateMany({ where: { toAddress: "old@example.test" }, data: { status: "sent", sentAt: new Date(now.getTime() - 91 * 86_400_000) } });
    await db.mailOutbox.updateMany({ where: { toAddress: "failed@example.test" }, data: { status: "failed" } });
    expect(await purgeSent(db, now)).toBe(1);
    expect((await db.mailOutbox.findMany({ select: { toAddress: true } })).map((r) => r.toAddress).sort()).toEqual(["failed@example.test", "waiting@example.test"]);
  });

  it("a dedupe key queues a message once", async () => {
    expect(await enqueueMail(db, { ...message("a@example.test"), dedupeKey: "k1" })).toBe(true);
    expect(await enqueueMail(db, { ...message("a@example.test"), dedupeKey: "k1" })).toBe(false);
    expect(await db.mailOutbox.count()).toBe(1);
  });

  it("retries with exponential backoff after the server refuses, then sends", async () => {
    smtp.rejectNext(2);
    const base = 60_000;
    let now = new Date("2026-11-22T10:00:00Z");
    const clock = () => now;
    await enqueueMail(db, message("retry@example.test"), now);
    const transport = smtpTransport(smtp.url);

    expect(await processOutbox(db, transport, options({ now: clock, baseDelayMs: base }))).toMatchObject({ retried: 1 });
    let row = await db.mailOutbox.findFirstOrThrow({});
    expect(row.attempts).toBe(1);
    expect(row.status).toBe("pending");
    expect(row.lastError).toContain("451");
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + base);

    // Not due yet: nothing happens.
    now = new Date(now.getTime() + base - 1000);
    expect(await processOutbox(db, transport, options({ now: clock, baseDelayMs: base }))).toMatchObject({ claimed: 0 });

    now = new Date(row.nextAttemptAt.getTime());
    expect(await processOutbox(db, transport, options({ now: clock, baseDelayMs: base }))).toMatchObject({ retried: 1 });
    row = await db.mailOutbox.findFirstOrThrow({});
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + 2 * base);

    now = new Date(row.nextAttemptAt.getTime());
    expect(await processOutbox(db, transport, options({ now: clock, baseDelayMs: base }))).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.rejectedCount()).toBeGreaterThanOrEqual(2);
    expect(backoffMs(1)).toBe(60_000);
    expect(backoffMs(4)).toBe(8 * 60_000);
    expect(backoffMs(20)).toBe(6 * 60 * 60_000);
  });

  it("after the last attempt the message is kept as failed, never dropped", async () => {
    smtp.rejectNext(1000);
    let now = new Date("2026-11-22T10:00:00Z");
    await enqueueMail(db, message("never@example.test"), now);
    const transport = smtpTransport(smtp.url);
    for (let i = 0; i < 3; i++) {
      await processOutbox(db, transport, options({ now: () => now, maxAttempts: 3, baseDelayMs: 1000 }));
      now = new Date(now.getTime() + 60_000);
    }
    const row = await db.mailOutbox.findFirstOrThrow({});
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain("451");
    expect(await processOutbox(db, transport, options({ now: () => now }))).toMatchObject({ claimed: 0 });
    expect(await outboxFigures(db)).toMatchObject({ total: 1, failed: 1, sent: 0 });
  });

  it("survives a restart: rows a dead instance had claimed are sent by a new one once the lock runs out", async () => {
    const first = createClient(process.env.DATABASE_URL!);
    const now = new Date();
    for (let i = 0; i < 5; i++) await enqueueMail(first, message(`restart${i}@example.test`), now);
    // The first instance claims everything, then "dies" before sending (its process is gone).
    expect(await claimDue(first, "dead-instance", now, 20, 120_000)).toHaveLength(5);
    await first.$disconnect();

    const second = createClient(process.env.DATABASE_URL!);
    try {
      // While the dead instance's lock holds, nobody sends.
      expect(await processOutbox(second, smtpTransport(smtp.url), options({ now: () => new Date(now.getTime() + 60_000) }))).toMatchObject({ claimed: 0 });
      const after = new Date(now.getTime() + 120_001);
      expect(await processOutbox(second, smtpTransport(smtp.url), options({ now: () => after }))).toMatchObject({ sent: 5 });
    } finally {
      await second.$disconnect();
    }
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `restart${i}@example.test`));
  });

  // PostgreSQL: two app instances, each with its own connection pool. SQLite is one machine, one
  // app process (README): there, two workers in one process share the one connection.
  it("two app instances on one database: every message delivered exactly once", async () => {
    const N = 60;
    const instances = kind === "postgres" ? [createClient(process.env.DATABASE_URL!), createClient(process.env.DATABASE_URL!)] : [db, db];
    try {
      for (let i = 0; i < N; i++) await enqueueMail(db, message(`m${String(i).padStart(3, "0")}@example.test`));
      smtp.rejectNext(6); // some refusals, so some messages go round again
      const transport = smtpTransport(smtp.url);
      const run = async (instance: (typeof instances)[number], workerId: string) => {
        const mine = { sent: 0, retried: 0 };
        for (let pass = 0; pass < 200; pass++) {
          const r = await processOutbox(instance, transport, options({ workerId, batch: 5, baseDelayMs: 20, maxDelayMs: 100 }));
          mine.sent += r.sent;
          mine.retried += r.retried;
          const left = await instance.mailOutbox.count({ where: { status: "pending" } });
          if (left === 0) break;
          if (r.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return mine;
      };
      const [a, b] = await Promise.all([run(instances[0]!, "instance-a"), run(instances[1]!, "instance-b")]);
      const delivered = smtp.received.map((m) => m.to[0]!);
      const unique = new Set(delivered);
      const figures = await outboxFigures(db);
      const report = {
        database: kind,
        messages: N,
        arrivedAtSmtp: delivered.length,
        uniqueArrived: unique.size,
        duplicates: delivered.length - unique.size,
        lost: N - unique.size,
        sentByA: a.sent,
        sentByB: b.sent,
        retriesAfterRefusal: a.retried + b.retried,
        rowsRetried: figures.retried,
        rowsFailed: figures.failed,
      };
      console.log(`OUTBOX FIGURES ${JSON.stringify(report)}`);
      expect(report.lost).toBe(0);
      expect(report.duplicates).toBe(0);
      expect(delivered).toHaveLength(N);
      expect(figures).toMatchObject({ total: N, sent: N, pending: 0, failed: 0 });
      expect(report.retriesAfterRefusal).toBe(6);
      // Both instances did work (they really raced).
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      if (kind === "postgres") await Promise.all(instances.map((i) => i.$disconnect()));
    }
  });
});
