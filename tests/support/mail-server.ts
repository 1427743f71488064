import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDeploy } from "./migrate";
import { startServer, stopServer, testPort, type Server } from "./server";
import { startSmtp, type TestSmtp } from "./smtp";

/**
 * A `next start` server with mail on, on a SQLite file of its own, sending to a real SMTP server
 * in the test process. The background loop ticks every second, so mail arrives quickly.
 */
export async function startMailServer(name: string, portOffset: number): Promise<{ server: Server; smtp: TestSmtp; stop: () => Promise<void> }> {
  const file = join(tmpdir(), `relapse-response-${name}-${process.env.TEST_RUN_ID ?? process.pid}.db`);
  const remove = () => ["", "-wal", "-shm"].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true }));
  remove();
  migrateDeploy(`file:${file}`);
  const smtp = await startSmtp();
  const server = await startServer(testPort(portOffset), {
    DATABASE_URL: `file:${file}`,
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
