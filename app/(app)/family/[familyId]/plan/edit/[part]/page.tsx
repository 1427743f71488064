import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPlan, isPlanPart } from "@/lib/family/plan";
import { PlanPartForm } from "@/components/family/plan/PlanForm";
import { partKey, planPath } from "@/components/family/plan/parts";
import { isId } from "@/lib/family/access";
import { FROM_RIGHT_NOW, rightNowPath } from "@/components/relapse-moment/paths";
import { savePlanPartAction } from "../../actions";

type Props = { params: Promise<{ familyId: string; part: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { part } = await params;
  const t = await getTranslations("Plan");
  return { title: isPlanPart(part) ? t("meta.editPartTitle", { part: t(partKey(part, "title")) }) : t("meta.editTitle") };
}

export default async function EditPlanPartPage({ params, searchParams }: Props) {
  const { familyId, part } = await params;
  if (!isPlanPart(part)) notFound();
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/plan/edit/${part}`);
  const plan = await getPlan({ userId: user.id }, familyId);
  const query = await searchParams;
  const added = query.added === "1";
  // Opened from the family's "right now" page: back there, with the reader's check-in (checked again there).
  const [t, words] = await Promise.all([getTranslations("PlanForm"), getTranslations("Plan")]);
  const fromRightNow = query.from === FROM_RIGHT_NOW ? { checkIn: isId(query.checkIn) ? query.checkIn : null } : undefined;
  return (
    <>
      <p className="mb-2">
        {fromRightNow ? (
          <a href={rightNowPath(familyId, { checkIn: fromRightNow.checkIn }, "#your-plan")} className="tap">{t("backToRightNow")}</a>
        ) : (
          <a href={planPath(familyId, "/edit")} className="tap">{t("allParts")}</a>
        )}
      </p>
      <h1>{words(partKey(part, "title"))}</h1>
      <PlanPartForm familyId={familyId} part={part} content={plan.content} version={plan.version} action={savePlanPartAction.bind(null, familyId, part, fromRightNow ?? null)} fromRightNow={fromRightNow} added={added} />
    </>
  );
}
