import { formatDay } from "@/lib/dates";

/** Plain words for the 1-5 answers, used by the form, the timeline and the dashboard. */
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

export const scoreOptions = (labels: Record<number, string>) =>
  [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}: ${labels[n]}` }));

/** "Monday, March 3, 2025" for a "YYYY-MM-DD" day. */
export const formatLongDay = (day: string) => formatDay(day, "weekday");
export { formatDay };
