import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "../db";
import { getCurrentUser } from "../auth/session";
import { FALLBACK_TIME_ZONE, isTimeZone } from "../dates";

/** Set by /time-zone.js from the browser's own setting; used until the person chooses one. */
export const TIME_ZONE_COOKIE = "tz";

export type ViewerTimeZone = { timeZone: string; source: "setting" | "browser" | "default" };

/**
 * The time zone to show this request's times in: the person's choice in /account, else what
 * their browser reported, else US Central. Worked out once per request.
 */
export const viewerTimeZone = cache(async (): Promise<ViewerTimeZone> => {
  const user = await getCurrentUser();
  if (user) {
    const row = await db.user.findUnique({ where: { id: user.id }, select: { timeZone: true } });
    if (isTimeZone(row?.timeZone)) return { timeZone: row.timeZone, source: "setting" };
  }
  const fromBrowser = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  if (isTimeZone(fromBrowser)) return { timeZone: fromBrowser, source: "browser" };
  return { timeZone: FALLBACK_TIME_ZONE, source: "default" };
});

export const timeZoneInput = z.object({
  timeZone: z
    .string({ error: "Choose your time zone from the list." })
    .trim()
    .refine((value) => value === "" || isTimeZone(value), { error: "Choose your time zone from the list." }),
});

/** Saves the person's own choice; "" goes back to following the browser. */
export async function setTimeZone(userId: string, timeZone: string): Promise<void> {
  if (!userId) throw new Error("setTimeZone needs a user id");
  if (timeZone !== "" && !isTimeZone(timeZone)) throw new Error("not a time zone");
  await db.user.update({ where: { id: userId }, data: { timeZone: timeZone || null } });
}
