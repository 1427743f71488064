import { getTranslations } from "next-intl/server";
import type { DeletedFamilySummary } from "@/lib/family/families";

/** After the owner deletes a family: what is gone. The summary is null once its cookie has expired. */
export async function DeletedFamilyNotice({ summary }: { summary: DeletedFamilySummary | null }) {
  const t = await getTranslations("Family.deleted");
  const removed = summary
    ? [
        t("checkIns", { count: summary.checkIns }),
        summary.planVersions > 0 ? t("planVersions", { count: summary.planVersions }) : t("plan"),
        t("members", { count: summary.members }),
        t("invites", { count: summary.invites }),
        t("counselors", { count: summary.counselors }),
      ]
    : null;
  return (
    <div role="status" className="form-success deleted-notice" data-testid="family-deleted">
      <p className="m-0">
        <strong>{summary ? t("named", { name: summary.name }) : t("unnamed")}</strong>
      </p>
      {removed ? <p className="mb-0">{t("removed", { list: removed.join(", ") })}</p> : null}
      <p className="mb-0">{t("othersTold")}</p>
    </div>
  );
}
