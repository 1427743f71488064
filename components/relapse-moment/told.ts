import type { WhoWasTold } from "@/lib/notifications/alert-audience";
import type { Locale } from "@/lib/i18n/locales";

/** The words of RelapseMoment.told, in the reader's language (a translator of that namespace). */
type Told = "toldAll" | "toldOne" | "toldMany" | "turnedOff" | "emailed" | "notEmailed" | "privateLead" | "privateMore" | "aloneLead" | "aloneMore" | "offLead" | "offMore" | "notSentLead" | "notSentMore";
export type ToldWords = (key: Told, values?: Record<string, string | number>) => string;

/** "Luis", "Luis and Ana", "Luis, Ana and Sam"; in Spanish "Luis y Ana", "Luis, Ana y Sam". */
export function nameList(names: string[], locale: Locale = "en"): string {
  if (names.length <= 1) return names[0] ?? "";
  if (locale !== "en") return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Who was told about a "may have used" check-in, in words: the main sentence, and a second,
 * quieter one that says more (or null).
 */
export function toldSentences(told: WhoWasTold, t: ToldWords, locale: Locale = "en"): { lead: string; more: string | null } {
  switch (told.state) {
    case "told": {
      const names = told.names ?? [];
      const lead =
        names.length === 0
          ? t("toldAll")
          : names.length === 1
            ? t("toldOne", { name: names[0]! })
            : t("toldMany", { all: told.turnedOff === 0 ? "yes" : "no", count: names.length, names: nameList(names, locale) });
      const off = told.turnedOff > 0 ? t("turnedOff", { count: told.turnedOff }) : "";
      const how = told.emailed ? t("emailed") : t("notEmailed");
      return { lead, more: `${off}${how}` };
    }
    case "private":
      return { lead: t("privateLead"), more: t("privateMore") };
    case "alone":
      return { lead: t("aloneLead"), more: t("aloneMore") };
    case "off":
      return { lead: t("offLead"), more: t("offMore") };
    case "not-sent":
      return { lead: t("notSentLead"), more: t("notSentMore") };
  }
}
