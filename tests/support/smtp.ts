import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * A real SMTP server in the test process (smtp-server), on a free port. It keeps every message it
 * accepts, raw and parsed (mailparser). `rejectNext(n)` makes it answer the next n messages with a
 * temporary failure (451), as a busy mail server does.
 */
export async function startSmtp() {
  const received: { raw: string; parsed: ParsedMail; to: string[] }[] = [];
  let rejects = 0;
  let rejected = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (rejects > 0) {
          rejects--;
          rejected++;
          const error = Object.assign(new Error("Busy, try again later"), { responseCode: 451 });
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({ raw: raw.toString("utf8"), parsed, to: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectNext: (n: number) => {
      rejects = n;
    },
    rejectedCount: () => rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type TestSmtp = Awaited<ReturnType<typeof startSmtp>>;
