import { viewerTimeZone } from "@/lib/account/time-zone";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { getCheckInForEdit } from "@/lib/family/checkins";
import { getFamily } from "@/lib/family/families";
import { personLocale } from "@/lib/i18n/person-locale";
import { CheckInForm } from "@/components/family/checkins/CheckInForm";
import { DeleteCheckInForm } from "@/components/family/checkins/DeleteCheckInForm";
import { formatLongDay } from "@/components/family/checkins/labels";
import { deleteCheckInAction, updateCheckInAction } from "../../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CheckInForm");
  return { title: t("editTitle") };
}

export default async function EditCheckInPage({ params }: { params: Promise<{ familyId: string; checkInId: string }> }) {
  const { familyId, checkInId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/check-ins/${checkInId}/edit`);
  const actor = { userId: user.id };
  const [family, entry] = await orNotFound(Promise.all([getFamily(actor, familyId), getCheckInForEdit(actor, familyId, checkInId)]));
  const locale = await personLocale();
  const t = await getTranslations("CheckInForm");
  return (
    <>
      <p>
        <a href={`/family/${family.id}/check-ins`}>{t("back")}</a>
      </p>
      <h1>{t("editHeading")}</h1>
      <p className="summary">{t("from", { day: formatLongDay(entry.date, locale) })}</p>
      <CheckInForm
        timeZone={(await viewerTimeZone()).timeZone}
        action={updateCheckInAction.bind(null, family.id, entry.id)}
        submitLabel={t("saveEdit")}
        initial={entry}
        lovedOneName={family.lovedOneName}
        locale={locale}
      />
      <section aria-labelledby="delete-heading" className="mt-8 border-t border-line pt-2">
        <h2 id="delete-heading">{t("deleteHeading")}</h2>
        <DeleteCheckInForm action={deleteCheckInAction.bind(null, family.id, entry.id)} />
      </section>
    </>
  );
}
