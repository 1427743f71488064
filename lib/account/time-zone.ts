import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "../db";
import { getCurrentUser } from "../auth/session";
import { FALLBACK_TIME_ZONE, isTimeZone, personTimeZone } from "../dates";
import { msg } from "../i18n/keys";

/** Set by /time-zone.js from the browser's own setting; used until the person chooses one. */
export const TIME_ZONE_COOKIE = "tz";

export type ViewerTimeZone = { timeZone: string; source: "setting" | "browser" | "default" };

/**
 * The time zone to show this request's times in, worked out once per request: the person's
 * choice in /account, else their device's zone (this browser's cookie, or the one stored on them),
 * else US Central. The same rule as the reminders (personTimeZone), so a screen and a reminder
 * never disagree.
 *
 * While a signed-in person follows their device, the zone this browser reports is stored on them
 * when it changes: the reminders are worked out on the server, where no browser can be asked.
 */
export const viewerTimeZone = cache(async (): Promise<ViewerTimeZone> => {
  const user = await getCurrentUser();
  const fromBrowser = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const browserZone = isTimeZone(fromBrowser) ? fromBrowser : null;
  if (!user) return browserZone ? { timeZone: browserZone, source: "browser" } : { timeZone: FALLBACK_TIME_ZONE, source: "default" };
  const row = await db.user.findUnique({ where: { id: user.id }, select: { timeZone: true, deviceTimeZone: true } });
  if (isTimeZone(row?.timeZone)) return { timeZone: row.timeZone, source: "setting" };
  if (browserZone && browserZone !== row?.deviceTimeZone) await rememberDeviceZone(user.id, browserZone);
  const device = browserZone ?? row?.deviceTimeZone;
  return isTimeZone(device) ? { timeZone: personTimeZone(null, device), source: "browser" } : { timeZone: FALLBACK_TIME_ZONE, source: "default" };
});

/** Stores the zone the person's device reported (only a valid zone name is ever stored). */
export async function rememberDeviceZone(userId: string, zone: string): Promise<void> {
  if (!userId || !isTimeZone(zone)) return;
  await db.user.update({ where: { id: userId }, data: { deviceTimeZone: zone } });
}

export const timeZoneInput = z.object({
  timeZone: z
    .string({ error: msg("Account.errors.timeZone") })
    .trim()
    .refine((value) => value === "" || isTimeZone(value), { error: msg("Account.errors.timeZone") }),
  // Filled in by the form from the device (Intl) so "Follow this device" is learned at once;
  // anything that is not a zone is dropped rather than refused (the person cannot fix it).
  deviceTimeZone: z
    .string()
    .max(64)
    .optional()
    .transform((value) => (value && isTimeZone(value) ? value : undefined)),
});

/**
 * Saves the person's own choice; "" goes back to following the device, whose zone is stored with
 * it when known (so reminders follow the device from this moment, not from the next visit).
 */
export async function setTimeZone(userId: string, timeZone: string, deviceZone?: string | null): Promise<void> {
  if (!userId) throw new Error("setTimeZone needs a user id");
  if (timeZone !== "" && !isTimeZone(timeZone)) throw new Error("not a time zone");
  const device = deviceZone && isTimeZone(deviceZone) ? { deviceTimeZone: deviceZone } : {};
  await db.user.update({ where: { id: userId }, data: { timeZone: timeZone || null, ...device } });
}
