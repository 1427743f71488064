import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPlan } from "@/lib/family/plan";
import { PlanForm } from "@/components/family/plan/PlanForm";
import { EditIntro } from "@/components/family/plan/EditIntro";
import { savePlanAction } from "../actions";

export const metadata: Metadata = { title: "Change the safety plan" };

export default async function EditPlanPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/edit`);
  const plan = await getPlan({ userId: user.id }, familyId);
  return (
    <>
      <EditIntro familyId={familyId} isNew={plan.version === 0} />
      <PlanForm familyId={familyId} content={plan.content} version={plan.version} action={savePlanAction} />
    </>
  );
}
