import type { Metadata } from "next";
import { Moment } from "@/components/ui/Moment";
import { notFound } from "next/navigation";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { counselorConnection, counselorPlanView, counselorSummaryView, endedConnection } from "@/lib/counselor/views";
import { levelAllows } from "@/lib/counselor/access";
import { LEVEL_DESCRIPTIONS } from "@/lib/counselor/levels";
import { deletedFamilyFor } from "@/lib/family/tombstones";
import { PlanView } from "@/components/family/plan/PlanView";
import { SummaryTable } from "@/components/counselor/SummaryTable";
import { CounselorNaloxoneNote } from "@/components/counselor/CounselorNaloxoneNote";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "A connected family" };

/**
 * Read-only: what the family granted, checked on this request. After the family ended the
 * connection (or deleted its space) the counselor is told so, with nothing of the family but the
 * name they already had; anyone else gets a 404.
 */
export default async function CounselorFamilyPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const counselor = await requireCounselorPage(`/counselor/families/${familyId}`);
  const actor = { userId: counselor.userId };
  const connection = await counselorConnection(actor, familyId);
  if (!connection) return <NotConnected actor={actor} familyId={familyId} />;
  const [plan, summary] = await Promise.all([
    levelAllows(connection.level, "plan") ? counselorPlanView(actor, familyId) : null,
    levelAllows(connection.level, "summary") ? counselorSummaryView(actor, familyId) : null,
  ]);
  return (
    <div className="page">
      <SignedIn />
      <p className="muted">
        <a href="/counselor" className="tap">Counselor home</a>
      </p>
      <h1>{connection.familyName}</h1>
      <p>
        They share: <strong>{LEVEL_DESCRIPTIONS[connection.level].title}</strong>. The family can change this at any time, and
        sees each time you look.
      </p>
      {!plan && !summary ? <p>The family has not shared anything with you yet. They choose what you may see from their family space.</p> : null}
      {summary ? (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Check-in summary</h2>
          <SummaryTable summary={summary.summary} caption="Signs per week by stage" />
        </section>
      ) : null}
      {plan ? (
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">The family&apos;s safety plan</h2>
          <p className="muted">
            Read-only, as the family wrote it. Where it says &ldquo;you&rdquo; or &ldquo;your&rdquo;, it speaks to the family.
            Only the family can change it.
          </p>
          <CounselorNaloxoneNote status={plan.naloxone} />
          {/* The family's own naloxone notice is replaced by the counselor's note above. */}
          <PlanView familyId={familyId} content={plan.content} naloxone={{ state: "unknown" }} editable={false} reader="counselor" />
        </section>
      ) : null}
    </div>
  );
}

async function NotConnected({ actor, familyId }: { actor: { userId: string }; familyId: string }) {
  const [ended, deleted] = await Promise.all([endedConnection(actor, familyId), deletedFamilyFor(actor, familyId)]);
  if (deleted) {
    return (
      <div className="page">
        <SignedIn />
        <p className="muted">
          <a href="/counselor" className="tap">Counselor home</a>
        </p>
        <h1>This family space was deleted by its owner</h1>
        <p>It was deleted on <Moment date={deleted.deletedAt} dayOnly />. Nothing of it is kept, so there is nothing more to see here.</p>
      </div>
    );
  }
  if (!ended) notFound();
  return (
    <div className="page">
      <SignedIn />
      <p className="muted">
        <a href="/counselor" className="tap">Counselor home</a>
      </p>
      <h1>{ended.familyName} ended the connection</h1>
      <p>
        The family ended the connection on <Moment date={ended.endedAt} dayOnly />. You can no longer see anything of their family space.
        That is their choice to make, and they do not need to give a reason.
      </p>
      <p>If you and the family agree to connect again, send their owner a new link from your counselor home.</p>
    </div>
  );
}
