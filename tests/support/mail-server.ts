import { freePort, startServer, stopServer, type Server } from "./server";
import { createSqliteDatabase } from "./sqlite";
import { startSmtp, type TestSmtp } from "./smtp";

/**
 * A `next start` server with mail on, on a SQLite file of its own, sending to a real SMTP server
 * in the test process. The background loop ticks every second, so mail arrives quickly.
 */
export async function startMailServer(name: string): Promise<{ server: Server; smtp: TestSmtp; stop: () => Promise<void> }> {
  const { url, remove } = createSqliteDatabase(name);
  const smtp = await startSmtp();
  const server = await startServer(await freePort(), {
    DATABASE_URL: url,
    SMTP_URL: smtp.url,
    MAIL_FROM: "Steady <no-reply@example.org>",
    NOTIFICATIONS_TICK_SECONDS: "1",
  });
  const stop = async () => {
    if (process.env.SHOW_SERVER_OUTPUT) console.log(server.output());
    await stopServer(server);
    await smtp.close();
    remove();
  };
  return { server, smtp, stop };
}
