import { useTranslations } from "next-intl";
import { planPath } from "./parts";

/** The top of the edit page. */
export function EditIntro({ familyId, isNew }: { familyId: string; isNew: boolean }) {
  const t = useTranslations("Plan.edit");
  return (
    <header className="grid gap-3">
      <p className="m-0">
        <a href={planPath(familyId)} className="tap">{t("back")}</a>
      </p>
      <h1 className="mb-0">{isNew ? t("startTitle") : t("changeTitle")}</h1>
      <p className="m-0">{t("intro")}</p>
      <p className="muted m-0">{t("everyone")}</p>
    </header>
  );
}
