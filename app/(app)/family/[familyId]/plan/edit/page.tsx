import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPlan } from "@/lib/family/plan";
import { PlanPartsList } from "@/components/family/plan/PlanPartsList";
import { EditIntro } from "@/components/family/plan/EditIntro";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Plan.meta");
  return { title: t("editTitle") };
}

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
