import { getTranslations } from "next-intl/server";
import type { CheckInList } from "@/lib/family/checkins";
import type { Locale } from "@/lib/i18n/locales";
import { stageInPhrase } from "./labels";
import { SelectField } from "./SelectField";

/** Filters for the timeline: a plain GET form, so the filtered list has its own address. */
export async function CheckInFilters({ list, action, locale }: { list: CheckInList; action: string; locale: Locale }) {
  const t = await getTranslations("CheckIns.filters");
  const filtered = Boolean(list.filters.stage || list.filters.authorId);
  return (
    <form method="get" action={action} className="card grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("label")}>
      <SelectField
        name="stage"
        label={t("stage")}
        value={list.filters.stage}
        options={[{ value: "", label: t("allStages") }, ...list.stages.map((s) => ({ value: s.id, label: t("stageSigns", { stage: stageInPhrase(s.name, locale) }) }))]}
      />
      <SelectField
        name="person"
        label={t("person")}
        value={list.filters.authorId}
        options={[
          { value: "", label: t("everyone") },
          ...list.people.map((p) => ({ value: p.id, label: p.isYou ? t("you", { name: p.name }) : p.name })),
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="button">
          {t("show")}
        </button>
        {filtered ? <a href={action}>{t("clear")}</a> : null}
      </div>
    </form>
  );
}
