import "server-only";
import { getCurrentUser } from "../auth/session";
import type { Actor } from "./access";
import { NotFoundError } from "../errors";
import { contentDisposition } from "./export-format";
import { personLocale } from "../i18n/person-locale";
import { translator } from "../i18n/text";
import { errorName, log } from "../observability/log";

const PRIVATE = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

/** A file download of family data: signed-in members only; anyone else gets a plain 404. */
export async function familyDownload(
  familyId: string,
  make: (actor: Actor) => Promise<{ body: string | AsyncIterable<string>; type: string; filename: string }>,
): Promise<Response> {
  const user = await getCurrentUser();
  const notFound = async () => new Response(translator(await personLocale())("Export.notFound"), { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  if (!user) return notFound();
  try {
    const file = await make({ userId: user.id });
    return new Response(typeof file.body === "string" ? file.body : toStream(file.body), {
      headers: { ...PRIVATE, "Content-Type": file.type, "Content-Disposition": contentDisposition(file.filename) },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

/**
 * A body written as it is read: the next chunk is produced only when the client has taken the
 * last one (pull), so memory stays flat for a family with 100,000 check-ins.
 */
function toStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          // Headers are sent already: end the download as failed rather than pretend it is whole.
          log.error({ error: errorName(error) }, "export stream failed");
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
