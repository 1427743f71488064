import { getTranslations } from "next-intl/server";
import { pagePath } from "@/lib/content";
import { personLocale } from "@/lib/i18n/person-locale";
import type { Dashboard } from "@/lib/family/trend";
import { AtAGlance } from "./AtAGlance";
import { EmptyDashboard } from "./EmptyDashboard";
import { SignsChart } from "./SignsChart";
import { StageSummary } from "./StageSummary";
import { TopTriggers } from "./TopTriggers";
import { WellbeingChart } from "./WellbeingChart";

/** The whole "What we're seeing" page body, from getDashboard's result. */
export async function DashboardView({ data, familyId }: { data: Dashboard; familyId: string }) {
  const newCheckIn = `/family/${familyId}/check-ins/new`;
  if (data.lastCheckIn === null) return <EmptyDashboard newCheckInHref={newCheckIn} />;
  const [t, locale] = await Promise.all([getTranslations("Dashboard"), personLocale()]);

  const answered = data.wellbeing.filter((w) => w.average !== null);
  const latestWellbeing = answered.at(-1)?.average ?? null;
  const used = data.counts.useSuspectedLast28Days;

  return (
    <>
      <p>
        <a href={newCheckIn} className="button">
          {t("addCheckIn")}
        </a>
      </p>

      {used > 0 ? (
        <div className="mb-4 rounded-md border-l-4 border-alert bg-alert-bg px-4 py-3">
          <p className="mb-1 font-semibold">{used === 1 ? t("usedOnce") : t("usedTimes", { count: used })}</p>
          <p className="mb-0">
            {t.rich("usedHelp", {
              now: (chunks) => <a href={pagePath("right-now", locale)}>{chunks}</a>,
              overdose: (chunks) => <a href={pagePath("overdose-and-naloxone", locale)}>{chunks}</a>,
            })}
          </p>
        </div>
      ) : null}

      <section aria-labelledby="stage-heading">
        <h2 id="stage-heading">{t("stageHeading")}</h2>
        <StageSummary trend={data.stageTrend} focusStage={data.focusStage} />
      </section>

      <section aria-labelledby="weeks-heading">
        <h2 id="weeks-heading">{t("weeksHeading")}</h2>
        {data.signsInWeeks > 0 ? <SignsChart data={data} /> : <p className="card">{t("noSigns")}</p>}
      </section>

      <section aria-labelledby="triggers-heading">
        <h2 id="triggers-heading">{t("triggersHeading")}</h2>
        <p className="muted">{t("triggersWhen")}</p>
        <TopTriggers triggers={data.topTriggers} />
      </section>

      <section aria-labelledby="wellbeing-heading">
        <h2 id="wellbeing-heading">{t("wellbeingHeading")}</h2>
        <p className="muted">{t("wellbeingPrivate")}</p>
        {answered.length ? <WellbeingChart weeks={data.wellbeing} /> : <p className="card">{t("noWellbeing")}</p>}
        {latestWellbeing !== null && latestWellbeing <= 2 ? (
          <p className="card mt-3">
            {t("hard")} <a href={pagePath("family-recovery", locale)}>{t("hardLink")}</a>.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">{t("glanceHeading")}</h2>
        <AtAGlance data={data} />
        <p className="muted">{t("glanceNote")}</p>
      </section>
    </>
  );
}
