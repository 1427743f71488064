import { getLocale } from "next-intl/server";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { formatMoment, formatMomentDay } from "@/lib/dates";

/**
 * When a plan was saved, in the reader's own time zone and language: "March 31, 2026 at 5:15 PM
 * CDT", "31 de marzo de 2026 a las 5:15 p.m. CDT" (or just the day). components/ui/Moment, in the
 * reader's language.
 */
export async function When({ date, dayOnly = false }: { date: Date; dayOnly?: boolean }) {
  const [{ timeZone }, locale] = await Promise.all([viewerTimeZone(), getLocale()]);
  return <time dateTime={date.toISOString()}>{dayOnly ? formatMomentDay(date, timeZone, locale) : formatMoment(date, timeZone, locale)}</time>;
}
