import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { getDashboard } from "@/lib/family/trend";
import { getFamily } from "@/lib/family/families";
import { DashboardView } from "@/components/family/dashboard/DashboardView";
import { SinceLastLooked } from "@/components/family/dashboard/SinceLastLooked";
import { listSinceLastLooked } from "@/lib/notifications/events";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { personLocale } from "@/lib/i18n/person-locale";
import { RightNowEntry } from "@/components/relapse-moment/RightNowEntry";
import { markSeenAction } from "./notifications/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<{ joined?: string }> }) {
  const [{ familyId }, { joined }] = await Promise.all([params, searchParams]);
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}`);
  const locale = await personLocale();
  const data = await orNotFound(getDashboard({ userId: user.id }, familyId, new Date(), locale));
  const [events, zone, family, t] = await Promise.all([
    listSinceLastLooked({ userId: user.id }, familyId),
    viewerTimeZone(),
    joined === "1" ? getFamily({ userId: user.id }, familyId) : null,
    getTranslations("Dashboard"),
  ]);
  return (
    <>
      <h1>{t("heading")}</h1>
      {family ? (
        <p role="status" className="form-success">
          {t("joined", { name: family.name })}
        </p>
      ) : null}
      <RightNowEntry familyId={familyId} />
      <SinceLastLooked events={events} familyId={familyId} timeZone={zone.timeZone} markSeen={markSeenAction.bind(null, familyId)} />
      <p className="summary">{t("summary")}</p>
      <DashboardView data={data} familyId={familyId} />
    </>
  );
}
