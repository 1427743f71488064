import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPlan, listPlanVersions } from "@/lib/family/plan";
import { PlanHistory } from "@/components/family/plan/PlanHistory";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PlanHistory");
  return { title: t("metaTitle") };
}

export default async function PlanHistoryPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/history`);
  const actor = { userId: user.id };
  const [versions, plan, t] = await Promise.all([listPlanVersions(actor, familyId), getPlan(actor, familyId), getTranslations("PlanHistory")]);
  return (
    <>
      <p className="m-0">
        <a href={`/family/${encodeURIComponent(familyId)}/plan`} className="tap">{t("back")}</a>
      </p>
      <h1>{t("title")}</h1>
      <PlanHistory familyId={familyId} versions={versions} currentVersion={plan.version} />
    </>
  );
}
