import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPlan } from "@/lib/family/plan";
import { PlanPartsList } from "@/components/family/plan/PlanPartsList";
import { EditIntro } from "@/components/family/plan/EditIntro";

export const metadata: Metadata = { title: "Change the safety plan" };

/** The plan's parts, each with its own short form: pick one, save it, come back. */
export default async function EditPlanPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/edit`);
  const plan = await getPlan({ userId: user.id }, familyId);
  return (
    <>
      <EditIntro familyId={familyId} isNew={plan.version === 0} />
      <PlanPartsList familyId={familyId} content={plan.content} />
    </>
  );
}
