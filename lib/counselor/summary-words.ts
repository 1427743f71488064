import type { Locale } from "../i18n/locales";

/** The trend sentence's messages, under Counselor.summary (messages/<locale>/counselor.json). */
export type TrendKey = `trend.${"signsOf" | "none" | "onlyBefore" | "onlyBeforeSplit" | "now" | "nowSplit" | "evenSplit" | "nothingBefore" | "same" | "later" | "earlier" | "after"}`;
type Say = (key: TrendKey, values?: Record<string, string>) => string;

export type TrendFacts = {
  /** lib/family/trend.ts's English sentence, which English readers keep word for word. */
  trendSentence: string;
  trend: { current: string[]; previous: string[]; direction: "later" | "earlier" | "same" | "none" };
};

/**
 * The counselor's trend sentence in the reader's language, from the same comparison
 * lib/family/trend.ts describes in English. `stageName` gives a stage's name in that language.
 */
export function trendWords(say: Say, summary: TrendFacts, stageName: (id: string) => string, locale: Locale): string {
  if (locale === "en") return summary.trendSentence;
  const { current, previous, direction } = summary.trend;
  const list = (ids: string[]) => say("trend.signsOf", { stages: new Intl.ListFormat(locale, { type: "conjunction" }).format(ids.map(stageName)) });
  if (!current.length && !previous.length) return say("trend.none");
  if (!current.length) return say(previous.length > 1 ? "trend.onlyBeforeSplit" : "trend.onlyBefore", { before: list(previous) });
  const now = say(current.length === 1 ? "trend.now" : "trend.nowSplit", { signs: list(current) });
  if (!previous.length) return say("trend.nothingBefore", { now });
  const before = previous.length === 1 ? list(previous) : say("trend.evenSplit", { signs: list(previous) });
  const same = current.length === previous.length && current.every((id, i) => id === previous[i]);
  if (same) return say("trend.same", { now });
  if (direction === "later") return say("trend.later", { now, before });
  if (direction === "earlier") return say("trend.earlier", { now, before });
  return say("trend.after", { now, before });
}
