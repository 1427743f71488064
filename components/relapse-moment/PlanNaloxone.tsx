import { useLocale, useTranslations } from "next-intl";
import { getCatalogue } from "@/lib/content";
import { formatDay } from "@/lib/dates";
import type { RelapseMoment } from "@/lib/family/relapse-moment";
import { NaloxoneNotice } from "@/components/family/plan/NaloxoneNotice";
import { WriteLink } from "./WriteLink";

/** Where the family's naloxone is, and whether it is past its date or close to it. */
export function PlanNaloxone({ moment, checkIn }: { moment: RelapseMoment; checkIn: string | null }) {
  const t = useTranslations("RelapseMoment.naloxone");
  const locale = useLocale();
  const { location, whoKnows, status } = moment.naloxone;
  const { name: hospital, address } = moment.hospital;
  const useExpired = getCatalogue(locale).overdose.facts.find((fact) => fact.id === "overdose.fact.expired-naloxone");
  const details = (
    <>
      {status.state === "expired" || status.state === "soon" ? (
        <NaloxoneNotice status={status} compact />
      ) : null}
      {/* In the moment, a date that has passed must not stop anyone: use it anyway. */}
      {status.state === "expired" && useExpired ? <p className="m-0 font-bold">{useExpired.text}</p> : null}
      {status.state === "ok" ? <p className="m-0">{t("goodUntil", { date: formatDay(status.expiry, "long", locale) })}</p> : null}
      {status.state === "unknown" && location ? <p className="muted m-0">{t("noDate")}</p> : null}
      {whoKnows ? <p className="m-0">{t("whoKnows", { who: whoKnows })}</p> : null}
      {hospital || address ? (
        <p className="m-0">{t("hospital", { place: [hospital, address].filter(Boolean).join(", ") })}</p>
      ) : null}
    </>
  );
  if (!location) {
    return (
      <div className="grid gap-2">
        <WriteLink
          familyId={moment.familyId}
          checkIn={checkIn}
          part="emergency"
          text={t("write")}
          label={t("writeLabel")}
        />
        {details}
      </div>
    );
  }
  return (
    <div className="moment-naloxone">
      <p className="moment-label">{t("keptLabel")}</p>
      <p className="moment-place whitespace-pre-line">{location}</p>
      {details}
    </div>
  );
}
