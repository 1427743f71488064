/**
 * Days and times, in one place and one format.
 *
 * Two kinds of value:
 * - a **day** ("2026-03-31"): a calendar date with no time zone, such as a check-in's date or the
 *   date on a naloxone box. Stored as midnight UTC; always formatted in UTC so it never shifts.
 * - a **moment** (a Date): when something happened, such as a save. Always shown in the reader's
 *   own time zone, with the zone's name, so "5:15 PM" is never ambiguous.
 *
 * The formats: days read "March 31, 2026" (short: "Mar 31"); moments read
 * "March 31, 2026 at 5:15 PM CDT".
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** When nobody has chosen and the browser has not said: the app's numbers are for the US. */
export const FALLBACK_TIME_ZONE = "America/Chicago";

/** The first time zone to reach a new day (Kiribati, UTC+14). */
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * Making an Intl.DateTimeFormat costs tens of microseconds; an export formats every row's time.
 * One formatter per zone, kept (bounded: zone names come from people and must not grow memory).
 */
const momentFormatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTERS_KEPT = 200;

function momentFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = momentFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      month: "long",
      day: "numeric",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    });
    if (momentFormatters.size >= FORMATTERS_KEPT) momentFormatters.clear();
    momentFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical name ("utc" and "Etc/UTC" are "UTC"); the zone must be valid. */
export function canonicalZone(timeZone: string): string {
  return momentFormatter(timeZone).resolvedOptions().timeZone;
}

/**
 * THE rule for a person's one time zone, used by every screen and by the reminders: the zone they
 * chose in /account, else the one their device last reported (stored on them while they follow
 * their device), else US Central. A zone that is no longer valid is skipped.
 */
export function personTimeZone(chosen: string | null | undefined, device: string | null | undefined): string {
  if (isTimeZone(chosen)) return chosen;
  if (isTimeZone(device)) return device;
  return FALLBACK_TIME_ZONE;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  if (momentFormatters.has(value)) return true;
  try {
    momentFormatter(value);
    return true;
  } catch {
    return false;
  }
}

export const addMs = (date: Date, ms: number) => new Date(date.getTime() + ms);
export const addDaysTo = (date: Date, days: number) => addMs(date, days * DAY_MS);

// ---------------------------------------------------------------------------------------------
// Days

/** "YYYY-MM-DD" for a Date, read in UTC. */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of a "YYYY-MM-DD" day (how days are stored). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Adds whole days to a "YYYY-MM-DD" day. */
export function addDays(day: string, days: number): string {
  return dayString(addDaysTo(dayToDate(day), days));
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / DAY_MS);
}

export function isRealDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(dayToDate(day).getTime()) && dayString(dayToDate(day)) === day;
}

/** Today's date in a time zone, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The latest day anyone on Earth can call "today" (the date at UTC+14). */
export function latestToday(now: Date = new Date()): string {
  return dayString(addMs(now, LATEST_OFFSET_MS));
}

/** The reader's language (lib/i18n/locales.ts) as Intl names it: US English and US Spanish. */
type Language = "en" | "es";
const INTL_LOCALE: Record<Language, string> = { en: "en-US", es: "es-US" };

const dayFormatsIn = (language: Language) => ({
  long: new Intl.DateTimeFormat(INTL_LOCALE[language], { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" }),
  weekday: new Intl.DateTimeFormat(INTL_LOCALE[language], { weekday: "long", month: "long", day: "numeric", year: "numeric", timeZone: "UTC" }),
  short: new Intl.DateTimeFormat(INTL_LOCALE[language], { month: "short", day: "numeric", timeZone: "UTC" }),
});
const dayFormats = { en: dayFormatsIn("en"), es: dayFormatsIn("es") };

/**
 * A day in words: "March 31, 2026"; `weekday`: "Tuesday, March 31, 2026"; `short`: "Mar 31".
 * In Spanish: "31 de marzo de 2026", "martes, 31 de marzo de 2026", "31 mar".
 */
export function formatDay(day: string, style: keyof (typeof dayFormats)["en"] = "long", language: Language = "en"): string {
  return dayFormats[language][style].format(dayToDate(day));
}

// ---------------------------------------------------------------------------------------------
// Moments

/**
 * When something happened, in the reader's time zone: "March 31, 2026 at 5:15 PM CDT"; in Spanish
 * "31 de marzo de 2026 a las 5:15 p.m. CDT".
 */
export function formatMoment(date: Date, timeZone: string, language: Language = "en"): string {
  const parts = momentFormatter(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const clock = `${get("hour")}:${get("minute")}`;
  const zone = get("timeZoneName");
  if (language === "es") {
    const hour = Number(get("hour")) % 12;
    const period = get("dayPeriod") === "AM" ? "a.m." : "p.m.";
    return `${formatDay(todayIn(timeZone, date), "long", "es")} a ${hour === 1 ? "la" : "las"} ${clock} ${period} ${zone}`;
  }
  return `${get("month")} ${get("day")}, ${get("year")} at ${clock} ${get("dayPeriod")} ${zone}`;
}

/** The day a moment falls on in the reader's time zone, in words: "March 31, 2026". */
export function formatMomentDay(date: Date, timeZone: string, language: Language = "en"): string {
  return formatDay(todayIn(timeZone, date), "long", language);
}

/** The wall clock in a time zone: its day ("YYYY-MM-DD"), weekday ("monday") and hour (0-23). */
export function localClock(timeZone: string, now: Date = new Date()): { day: string; weekday: string; hour: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", hour: "numeric", hourCycle: "h23" }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: todayIn(timeZone, now), weekday: get("weekday").toLowerCase(), hour: Number(get("hour")) % 24 };
}
