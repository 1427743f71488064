import { formatDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Plain words for the 1-5 answers in English, used by the dashboard and the export. The check-in
 * pages take theirs from the messages in the reader's language (CheckIns.worry and
 * CheckIns.wellbeing in messages/<locale>/checkins.json), with the same English words.
 */
export const WORRY_LABELS: Record<number, string> = {
  1: "Not worried",
  2: "A little worried",
  3: "Quite worried",
  4: "Very worried",
  5: "Scared something is very wrong",
};

export const WELLBEING_LABELS: Record<number, string> = {
  1: "Struggling a lot",
  2: "Having a hard time",
  3: "Getting by",
  4: "Doing okay",
  5: "Doing well",
};

/** The answers a 1-5 question has, as their message keys need them. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];
export const asScore = (value: number): Score | null => ((SCORES as readonly number[]).includes(value) ? (value as Score) : null);

/**
 * A stage's name inside a phrase: English puts it first as it is ("Emotional relapse signs");
 * Spanish after a noun, so in lower case ("Señales de recaída emocional").
 */
export const stageInPhrase = (name: string, locale: Locale) => (locale === "en" ? name : `${name.charAt(0).toLocaleLowerCase(locale)}${name.slice(1)}`);

/** "Monday, March 3, 2025" (in Spanish "lunes, 3 de marzo de 2025") for a "YYYY-MM-DD" day. */
export const formatLongDay = (day: string, locale: Locale = "en") => formatDay(day, "weekday", locale);
export { formatDay };
