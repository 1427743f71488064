import "server-only";
import { FALLBACK_TIME_ZONE, dayString, dayToDate, latestToday, todayIn } from "../../dates";

/** The days a check-in may have. Days are "YYYY-MM-DD" calendar dates (lib/dates.ts). */

/** How far back a check-in may be dated. */
export const MAX_YEARS_BACK = 5;

/**
 * The latest day anyone can call "today": the calendar date at UTC+14. A check-in dated after
 * this is in the future everywhere on Earth.
 */
export function latestCheckInDate(now: Date = new Date()): string {
  return latestToday(now);
}

/** The earliest day a check-in may have: five years before "today". */
export function earliestCheckInDate(now: Date = new Date()): string {
  const latest = dayToDate(latestCheckInDate(now));
  latest.setUTCFullYear(latest.getUTCFullYear() - MAX_YEARS_BACK);
  return dayString(latest);
}

/** The day a new check-in form starts with: today where the person is (they can change it). */
export function suggestedCheckInDate(timeZone: string = FALLBACK_TIME_ZONE, now: Date = new Date()): string {
  const local = todayIn(timeZone, now);
  const latest = latestCheckInDate(now);
  return local > latest ? latest : local;
}
