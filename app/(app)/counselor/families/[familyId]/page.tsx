import { CounselorPageTop } from "@/components/counselor/CounselorPageTop";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Moment } from "@/components/ui/Moment";
import { notFound } from "next/navigation";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { counselorConnection, counselorPlanView, counselorSummaryView, endedConnection } from "@/lib/counselor/views";
import { levelAllows } from "@/lib/counselor/access";
import { deletedFamilyFor } from "@/lib/family/tombstones";
import { personLocale } from "@/lib/i18n/person-locale";
import { PlanView } from "@/components/family/plan/PlanView";
import { SummaryTable } from "@/components/counselor/SummaryTable";
import { CounselorNaloxoneNote } from "@/components/counselor/CounselorNaloxoneNote";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CounselorFamily");
  return { title: t("title") };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

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
  const [plan, summary, t, levels, locale] = await Promise.all([
    levelAllows(connection.level, "plan") ? counselorPlanView(actor, familyId) : null,
    levelAllows(connection.level, "summary") ? counselorSummaryView(actor, familyId) : null,
    getTranslations("CounselorFamily"),
    getTranslations("Counselor.levels"),
    personLocale(),
  ]);
  return (
    <div className="page">
      <CounselorPageTop home={t("home")} />
      <h1>{connection.familyName}</h1>
      <p>{t.rich("theyShare", { level: levels(`${connection.level}.title`), strong })}</p>
      {!plan && !summary ? <p>{t("nothingShared")}</p> : null}
      {summary ? (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t("summaryHeading")}</h2>
          <SummaryTable summary={summary.summary} caption={t("summaryCaption")} locale={locale} />
        </section>
      ) : null}
      {plan ? (
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t("planHeading")}</h2>
          <p className="muted">{t("planNote")}</p>
          <CounselorNaloxoneNote status={plan.naloxone} />
          {/* The family's own naloxone notice is replaced by the counselor's note above. */}
          <PlanView familyId={familyId} content={plan.content} naloxone={{ state: "unknown" }} editable={false} reader="counselor" />
        </section>
      ) : null}
    </div>
  );
}

async function NotConnected({ actor, familyId }: { actor: { userId: string }; familyId: string }) {
  const [ended, deleted, t] = await Promise.all([endedConnection(actor, familyId), deletedFamilyFor(actor, familyId), getTranslations("CounselorFamily")]);
  if (deleted) {
    return (
      <div className="page">
        <CounselorPageTop home={t("home")} />
        <h1>{t("deletedHeading")}</h1>
        <p>{t.rich("deletedText", { on: () => <Moment date={deleted.deletedAt} dayOnly /> })}</p>
      </div>
    );
  }
  if (!ended) notFound();
  return (
    <div className="page">
      <CounselorPageTop home={t("home")} />
      <h1>{t("endedHeading", { family: ended.familyName })}</h1>
      <p>{t.rich("endedText", { on: () => <Moment date={ended.endedAt} dayOnly /> })}</p>
      <p>{t("endedAgain")}</p>
    </div>
  );
}
