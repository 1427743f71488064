import { getTranslations } from "next-intl/server";
import { triggerGroupPath } from "@/lib/content";
import { personLocale } from "@/lib/i18n/person-locale";
import type { Dashboard } from "@/lib/family/trend";

/** The triggers noted most in the last four weeks, each linking to its group's guidance. */
export async function TopTriggers({ triggers }: { triggers: Dashboard["topTriggers"] }) {
  const [t, locale] = await Promise.all([getTranslations("Dashboard.triggers"), personLocale()]);
  if (!triggers.length) return <p className="card">{t("none")}</p>;
  return (
    <ol className="card list-decimal pl-10">
      {triggers.map((trigger) => (
        <li key={trigger.id} className="mb-2">
          <span className="font-semibold">{trigger.label}</span>{" "}
          <span className="muted">{trigger.count === 1 ? t("notedOnce") : t("notedTimes", { count: trigger.count })}</span>
          <br />
          <a href={triggerGroupPath(trigger.groupId, locale)}>{t("howToHelp", { group: trigger.groupName })}</a>
        </li>
      ))}
    </ol>
  );
}
