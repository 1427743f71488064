import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPlan, listPlanVersions } from "@/lib/family/plan";
import { PlanHistory } from "@/components/family/plan/PlanHistory";

export const metadata: Metadata = { title: "Past versions of the safety plan" };

export default async function PlanHistoryPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/history`);
  const actor = { userId: user.id };
  const [versions, plan] = await Promise.all([listPlanVersions(actor, familyId), getPlan(actor, familyId)]);
  return (
    <>
      <p className="m-0">
        <a href={`/family/${encodeURIComponent(familyId)}/plan`} className="tap">Back to the plan</a>
      </p>
      <h1>Past versions of your plan</h1>
      <PlanHistory familyId={familyId} versions={versions} currentVersion={plan.version} />
    </>
  );
}
