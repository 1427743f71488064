import "server-only";
import { getCurrentUser } from "../auth/session";
import type { Actor } from "./access";
import { NotFoundError } from "../errors";

const PRIVATE = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

/** A file download of family data: signed-in members only; anyone else gets a plain 404. */
export async function familyDownload(
  familyId: string,
  make: (actor: Actor) => Promise<{ body: string; type: string; filename: string }>,
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Not found", { status: 404, headers: PRIVATE });
  try {
    const file = await make({ userId: user.id });
    return new Response(file.body, {
      headers: { ...PRIVATE, "Content-Type": file.type, "Content-Disposition": `attachment; filename="${file.filename}"` },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404, headers: PRIVATE });
    throw error;
  }
}
