import { useLocale, useTranslations } from "next-intl";
import type { AlertedCheckIn } from "@/lib/notifications/alert-audience";
import { toldSentences } from "./told";

/** After a "may have used" check-in: it is saved, and who was told (or why nobody was). */
export function WhoWasTold({ familyId, alerted }: { familyId: string; alerted: AlertedCheckIn }) {
  const t = useTranslations("RelapseMoment.told");
  const locale = useLocale();
  const { lead, more } = toldSentences(alerted.told, t, locale);
  const base = `/family/${encodeURIComponent(familyId)}`;
  const fix =
    alerted.told.state === "private"
      ? { href: `${base}/check-ins/${encodeURIComponent(alerted.checkIn.id)}/edit`, label: t("changeWho") }
      : alerted.told.state === "alone"
        ? { href: `${base}/members`, label: t("invite") }
        : null;
  return (
    <section aria-labelledby="who-was-told-heading" className="moment-told">
      <h2 id="who-was-told-heading">{t("heading")}</h2>
      <div role="status" className="form-success">
        <p className="m-0">
          {t("saved")} <strong>{lead}</strong>
        </p>
      </div>
      {more ? <p className="mt-2 mb-1">{more}</p> : null}
      <p className="m-0 flex flex-wrap gap-x-5">
        {fix ? (
          <a href={fix.href} className="moment-link">
            {fix.label}
          </a>
        ) : null}
        <a href={`${base}/check-ins`} className="moment-link">
          {t("backToCheckIns")}
        </a>
      </p>
    </section>
  );
}
