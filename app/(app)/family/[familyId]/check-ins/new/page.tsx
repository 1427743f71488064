import { viewerTimeZone } from "@/lib/account/time-zone";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getFamily } from "@/lib/family/families";
import { personLocale } from "@/lib/i18n/person-locale";
import { localePath } from "@/lib/i18n/locales";
import { CheckInForm } from "@/components/family/checkins/CheckInForm";
import { createCheckInAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CheckInForm");
  return { title: t("newTitle") };
}

export default async function NewCheckInPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/check-ins/new`);
  const family = await getFamily({ userId: user.id }, familyId);
  const locale = await personLocale();
  const t = await getTranslations("CheckInForm");
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <p className="muted">{t.rich("overdose", { link: (chunks) => <a href={localePath(locale, "/crisis")}>{chunks}</a> })}</p>
      <CheckInForm
        timeZone={(await viewerTimeZone()).timeZone}
        action={createCheckInAction.bind(null, family.id)}
        submitLabel={t("saveNew")}
        lovedOneName={family.lovedOneName}
        locale={locale}
      />
    </>
  );
}
