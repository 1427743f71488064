import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { getPlan, getPlanVersion } from "@/lib/family/plan";
import { VersionHeader } from "@/components/family/plan/PlanHeader";
import { PlanView } from "@/components/family/plan/PlanView";
import { restorePlanVersionAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PlanHistory");
  return { title: t("versionMetaTitle") };
}

export default async function PlanVersionPage({ params }: { params: Promise<{ familyId: string; version: string }> }) {
  const { familyId, version } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/history/${version}`);
  if (!/^\d{1,9}$/.test(version)) notFound();
  const actor = { userId: user.id };
  const [found, current] = await Promise.all([
    orNotFound(getPlanVersion(actor, familyId, Number(version))),
    getPlan(actor, familyId),
  ]);
  const isCurrent = found.version === current.version;
  return (
    <>
      <VersionHeader familyId={familyId} version={found} currentVersion={current.version} restoreAction={restorePlanVersionAction.bind(null, familyId, found.version)} />
      {/* Date warnings are about today, so they only show on the current plan. */}
      <PlanView familyId={familyId} content={found.content} naloxone={isCurrent ? found.naloxone : { state: "unknown" }} editable={false} />
    </>
  );
}
