import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { counselorConnection, counselorPlanView, counselorSummaryView } from "@/lib/counselor/views";
import { levelAllows } from "@/lib/counselor/access";
import { LEVEL_DESCRIPTIONS } from "@/lib/counselor/levels";
import { PlanView } from "@/components/family/plan/PlanView";
import { SummaryTable } from "@/components/counselor/SummaryTable";

export const metadata: Metadata = { title: "A connected family" };

/** Read-only: what the family granted, checked on this request. Not connected (or revoked): 404. */
export default async function CounselorFamilyPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const counselor = await requireCounselorPage(`/counselor/families/${familyId}`);
  const actor = { userId: counselor.userId };
  const connection = await counselorConnection(actor, familyId);
  if (!connection) notFound();
  const [plan, summary] = await Promise.all([
    levelAllows(connection.level, "plan") ? counselorPlanView(actor, familyId) : null,
    levelAllows(connection.level, "summary") ? counselorSummaryView(actor, familyId) : null,
  ]);
  return (
    <div className="page">
      <p className="muted">
        <a href="/counselor">Counselor home</a>
      </p>
      <h1>{connection.familyName}</h1>
      <p>
        They share: <strong>{LEVEL_DESCRIPTIONS[connection.level].title}</strong>. The family can change this at any time, and
        sees each time you look.
      </p>
      {!plan && !summary ? <p>The family has not shared anything yet.</p> : null}
      {summary ? (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Check-in summary</h2>
          <SummaryTable summary={summary.summary} caption="Signs per week by stage" />
        </section>
      ) : null}
      {plan ? (
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">Safety plan</h2>
          <PlanView familyId={familyId} content={plan.content} naloxone={plan.naloxone} editable={false} />
        </section>
      ) : null}
    </div>
  );
}
