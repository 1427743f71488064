import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "../env";
import type { DeletedFamilySummary } from "./families";

/**
 * The owner's "The family space X was deleted" message after the redirect to /family. The family
 * is gone from the database, so the summary travels in a short-lived cookie on the owner's own
 * device (httpOnly, /family only, 5 minutes), read once by /family?deleted=1. Nothing is kept on
 * the server.
 */
const COOKIE = "steady-family-deleted";

const summary = z.object({
  name: z.string().max(80),
  checkIns: z.number().int().min(0),
  planVersions: z.number().int().min(0),
  members: z.number().int().min(0),
  invites: z.number().int().min(0),
  counselors: z.number().int().min(0),
});

/** In a server action, before the redirect. */
export async function rememberDeletedFamily(deleted: DeletedFamilySummary) {
  (await cookies()).set(COOKIE, Buffer.from(JSON.stringify(summary.parse(deleted))).toString("base64url"), {
    path: "/family",
    maxAge: 5 * 60,
    httpOnly: true,
    sameSite: "strict",
    secure: env().APP_URL.startsWith("https:"),
  });
}

/** On /family?deleted=1. A missing or altered cookie gives null (the page then says less). */
export async function readDeletedFamily(): Promise<DeletedFamilySummary | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = summary.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
