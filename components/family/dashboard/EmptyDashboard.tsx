import { getTranslations } from "next-intl/server";

/** What a new family space shows before anyone has added a check-in. */
export async function EmptyDashboard({ newCheckInHref }: { newCheckInHref: string }) {
  const t = await getTranslations("Dashboard.empty");
  return (
    <div className="card">
      <h2 className="mt-0">{t("heading")}</h2>
      <p>{t("first")}</p>
      <p>{t("after")}</p>
      <p className="mb-0">
        <a href={newCheckInHref} className="button">
          {t("button")}
        </a>
      </p>
    </div>
  );
}
