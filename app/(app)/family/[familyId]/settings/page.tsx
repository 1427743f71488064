import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getFamily } from "@/lib/family/families";
import { deleteFamilyAction } from "./actions";
import { DeleteFamilyForm } from "@/components/family/DeleteFamilyForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FamilySettings");
  return { title: t("metaTitle") };
}

export default async function SettingsPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/settings`);
  const [family, t] = await Promise.all([getFamily({ userId: user.id }, familyId), getTranslations("FamilySettings")]);
  return (
    <div>
      <h1>{t("heading")}</h1>
      <h2>{t("downloadHeading")}</h2>
      <p>{t("downloadText")}</p>
      <ul>
        <li>
          <a href={`/family/${familyId}/export/json`} download className="tap">
            {t("json")}
          </a>
        </li>
        <li>
          <a href={`/family/${familyId}/export/csv`} download className="tap">
            {t("csv")}
          </a>
        </li>
      </ul>
      <h2>{t("notificationsHeading")}</h2>
      <p>{t.rich("notifications", { link: (chunks) => <a href={`/family/${familyId}/notifications`}>{chunks}</a> })}</p>
      {family.role === "owner" ? (
        <>
          <h2>{t("deleteHeading")}</h2>
          <p>{t("deleteText")}</p>
          <DeleteFamilyForm action={deleteFamilyAction.bind(null, familyId)} familyName={family.name} />
        </>
      ) : null}
    </div>
  );
}
