import { viewerTimeZone } from "@/lib/account/time-zone";
import { formatMoment, formatMomentDay } from "@/lib/dates";
import { personLocale } from "@/lib/i18n/person-locale";

/**
 * As components/ui/Moment, in the reader's language: "March 31, 2026 at 5:15 PM CDT", in Spanish
 * "31 de marzo de 2026 a las 5:15 p.m. CDT" (or just the day).
 */
export async function When({ date, dayOnly = false }: { date: Date; dayOnly?: boolean }) {
  const [{ timeZone }, locale] = await Promise.all([viewerTimeZone(), personLocale()]);
  return <time dateTime={date.toISOString()}>{dayOnly ? formatMomentDay(date, timeZone, locale) : formatMoment(date, timeZone, locale)}</time>;
}
