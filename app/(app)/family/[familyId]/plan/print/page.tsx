import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getFamily } from "@/lib/family/families";
import { getPlan } from "@/lib/family/plan";
import { PrintPlan } from "@/components/family/plan/PrintPlan";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrintPlan");
  return { title: t("metaTitle") };
}

export default async function PrintPlanPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/print`);
  const actor = { userId: user.id };
  const [family, plan] = await Promise.all([getFamily(actor, familyId), getPlan(actor, familyId)]);
  return <PrintPlan familyId={familyId} familyName={family.name} plan={plan} />;
}
