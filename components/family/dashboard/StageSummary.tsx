import { getTranslations } from "next-intl/server";
import { pagePath, responsesPath, stagePath } from "@/lib/content";
import { personLocale } from "@/lib/i18n/person-locale";
import type { Dashboard } from "@/lib/family/trend";
import { trendSentence } from "./words";

/** The one-sentence reading of the last four weeks, and what the family can do at that stage. */
export async function StageSummary({ trend, focusStage }: { trend: Dashboard["stageTrend"]; focusStage: Dashboard["focusStage"] }) {
  const [t, tTrend, locale] = await Promise.all([getTranslations("Dashboard.stage"), getTranslations("Dashboard.trend"), personLocale()]);
  const sentence = trendSentence(trend, (key, values) => tTrend(key as Parameters<typeof tTrend>[0], values));
  return (
    <div className="card">
      <p className="text-lg font-semibold">{sentence}</p>
      {focusStage ? (
        <>
          <h3 className="mt-3 mb-1">{t("canDo", { stage: focusStage.name.toLowerCase() })}</h3>
          <ul className="list-disc pl-6">
            {focusStage.familyCanDo.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <ul className="m-0 list-none p-0">
            <li>
              <a href={stagePath(focusStage.id, locale)}>{t("readAbout", { stage: focusStage.name.toLowerCase() })}</a>
            </li>
            <li>
              <a href={responsesPath("helpful", locale)}>{t("helpful")}</a>
            </li>
          </ul>
        </>
      ) : (
        <p className="mb-0">
          {t("noSigns")} <a href={pagePath("stages-of-relapse", locale)}>{t("readStages")}</a>.
        </p>
      )}
      <p className="muted mt-3 mb-0">{t("guideNotTest")}</p>
    </div>
  );
}
