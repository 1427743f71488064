import { pagePath } from "@/lib/content";
import type { Dashboard } from "@/lib/family/trend";
import { AtAGlance } from "./AtAGlance";
import { EmptyDashboard } from "./EmptyDashboard";
import { SignsChart } from "./SignsChart";
import { StageSummary } from "./StageSummary";
import { TopTriggers } from "./TopTriggers";
import { WellbeingChart } from "./WellbeingChart";

/** The whole "What we're seeing" page body, from getDashboard's result. */
export function DashboardView({ data, familyId }: { data: Dashboard; familyId: string }) {
  const newCheckIn = `/family/${familyId}/check-ins/new`;
  if (data.lastCheckIn === null) return <EmptyDashboard newCheckInHref={newCheckIn} />;

  const answered = data.wellbeing.filter((w) => w.average !== null);
  const latestWellbeing = answered.at(-1)?.average ?? null;
  const used = data.counts.useSuspectedLast28Days;

  return (
    <>
      <p>
        <a href={newCheckIn} className="button">
          Add a check-in
        </a>
      </p>

      {used > 0 ? (
        <div className="mb-4 rounded-md border-l-4 border-alert bg-alert-bg px-4 py-3">
          <p className="mb-1 font-semibold">
            Possible use was noted {used === 1 ? "once" : `${used} times`} in the last 4 weeks.
          </p>
          <p className="mb-0">
            If you are worried now, <a href="/right-now">see what to do right now</a>. Keep naloxone close, and{" "}
            <a href={pagePath("overdose-and-naloxone")}>know the signs of an overdose</a>.
          </p>
        </div>
      ) : null}

      <section aria-labelledby="stage-heading">
        <h2 id="stage-heading">Where the signs point</h2>
        <StageSummary trend={data.stageTrend} focusStage={data.focusStage} />
      </section>

      <section aria-labelledby="weeks-heading">
        <h2 id="weeks-heading">Signs each week</h2>
        {data.signsInWeeks > 0 ? (
          <SignsChart data={data} />
        ) : (
          <p className="card">No signs were noted in the last 8 weeks. When you tick signs in a check-in, they will show here week by week.</p>
        )}
      </section>

      <section aria-labelledby="triggers-heading">
        <h2 id="triggers-heading">Triggers that came up most</h2>
        <p className="muted">In the last 4 weeks.</p>
        <TopTriggers triggers={data.topTriggers} />
      </section>

      <section aria-labelledby="wellbeing-heading">
        <h2 id="wellbeing-heading">How you are doing</h2>
        <p className="muted">Only you can see this part. It comes from your own check-ins.</p>
        {answered.length ? (
          <WellbeingChart weeks={data.wellbeing} />
        ) : (
          <p className="card">
            You have not added a check-in in the last 8 weeks. When you do, your answers to “How are you doing yourself?” will show here.
          </p>
        )}
        {latestWellbeing !== null && latestWellbeing <= 2 ? (
          <p className="card mt-3">
            Things sound hard for you right now. Your own health matters too.{" "}
            <a href={pagePath("family-recovery")}>Ways to look after yourself</a>.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">At a glance</h2>
        <AtAGlance data={data} />
        <p className="muted">Counts include check-ins shared in this family space and your own private ones.</p>
      </section>
    </>
  );
}
