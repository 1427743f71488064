import { getLocale } from "next-intl/server";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { formatMoment, formatMomentDay } from "@/lib/dates";

/**
 * When something happened, in the reader's own time zone and the app's one format:
 * "March 31, 2026 at 5:15 PM CDT" (or just the day).
 */
export async function Moment({ date, dayOnly = false }: { date: Date; dayOnly?: boolean }) {
  const { timeZone } = await viewerTimeZone();
  const language = await getLocale();
  return <time dateTime={date.toISOString()}>{dayOnly ? formatMomentDay(date, timeZone, language) : formatMoment(date, timeZone, language)}</time>;
}
