import type { StageTrend, Week } from "@/lib/family/trend";
import { formatDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";

/** A translator already scoped to a namespace (next-intl's `t`, or lib/i18n/text's `translator` wrapped). */
export type Words = (key: string, values?: Record<string, string | number>) => string;

/** "Nov 15 to Nov 21"; in Spanish "15 nov al 21 nov". */
export function weekLabel(week: Pick<Week, "start" | "end">, t: Words, locale: Locale): string {
  return t("weekRange", { from: formatDay(week.start, "short", locale), to: formatDay(week.end, "short", locale) });
}

/**
 * The trend's sentence (lib/family/trend.ts describeStageTrend) in the reader's language, from its
 * parts: `t` is scoped to "Dashboard.trend". In English it is word for word the sentence lib/
 * writes (tests/integration/trend.test.ts checks every case).
 */
export function trendSentence(trend: Pick<StageTrend, "current" | "previous" | "direction">, t: Words, notedBy: "family" | "counselor" = "family"): string {
  const stageWords = (ids: string[]) => {
    const names = ids.map((id) => t("stageName", { stage: id }));
    const list = names.length === 1 ? names[0]! : t("stageList", { first: names.slice(0, -1).join(", "), last: names.at(-1)! });
    return t("stageWords", { list });
  };
  const { current, previous } = trend;
  const by = t(notedBy === "family" ? "notedByFamily" : "notedByCounselor");
  const now = () => t(current.length === 1 ? "nowOne" : "nowSplit", { notedBy: by, stages: stageWords(current) });
  const before = () => t(previous.length === 1 ? "beforeOne" : "beforeSplit", { stages: stageWords(previous) });
  if (!current.length && !previous.length) return t("none");
  if (!current.length) return t(previous.length > 1 ? "onlyBeforeSplit" : "onlyBefore", { stages: stageWords(previous) });
  if (!previous.length) return t("onlyNow", { now: now() });
  const same = current.length === previous.length && current.every((id, i) => id === previous[i]);
  if (same) return t("same", { now: now() });
  if (trend.direction === "later") return t("later", { now: now(), before: before() });
  if (trend.direction === "earlier") return t("earlier", { now: now(), before: before() });
  return t("other", { now: now(), before: before() });
}
