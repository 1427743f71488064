import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { getPlan, isPlanEmpty, isPlanPart } from "@/lib/family/plan";
import { PlanHeader } from "@/components/family/plan/PlanHeader";
import { PlanView } from "@/components/family/plan/PlanView";
import { KeepPlanOnPhone, KeptCopyNotice } from "@/components/family/plan/KeepPlanOnPhone";
import { planPath } from "@/components/family/plan/parts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Plan.meta");
  return { title: t("title") };
}

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ familyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { familyId } = await params;
  const query = await searchParams;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan`);
  const [plan, { timeZone }] = await Promise.all([getPlan({ userId: user.id }, familyId), viewerTimeZone()]);
  const restored = typeof query.restored === "string" && /^\d{1,9}$/.test(query.restored) ? Number(query.restored) : null;
  // A saved part says "Saved" beside itself (PlanView), where the person lands; not up here.
  const savedPart = isPlanPart(query.saved) ? query.saved : undefined;
  const notice = query.saved === "1" ? "saved" : restored ? { restored } : undefined;
  return (
    <>
      <KeptCopyNotice path={planPath(familyId)} timeZone={timeZone} />
      <PlanHeader familyId={familyId} plan={plan} empty={isPlanEmpty(plan.content)} notice={notice} />
      <PlanView familyId={familyId} content={plan.content} naloxone={plan.naloxone} editable saved={savedPart} />
      <KeepPlanOnPhone path={planPath(familyId)} version={plan.version} timeZone={timeZone} />
    </>
  );
}
