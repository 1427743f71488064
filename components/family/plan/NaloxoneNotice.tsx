import { useLocale, useTranslations } from "next-intl";
import type { NaloxoneStatus } from "@/lib/family/plan";
import { formatDay } from "./format";

/** A warning when the naloxone is past its date or runs out within 30 days; nothing otherwise. */
export function NaloxoneNotice({ status, compact = false }: { status: NaloxoneStatus; compact?: boolean }) {
  const t = useTranslations("Plan.naloxone");
  const locale = useLocale();
  if (status.state !== "expired" && status.state !== "soon") return null;
  const date = formatDay(status.expiry, "long", locale);
  const expired = status.state === "expired";
  const headline = expired ? t("expired", { date }) : status.days === 0 ? t("today") : t("soon", { days: status.days, date });
  return (
    <p
      className={
        expired
          ? "m-0 rounded-md border-l-4 border-alert bg-alert-bg px-3 py-2 text-alert print:border print:bg-transparent print:text-black"
          : "m-0 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 print:border print:bg-transparent print:text-black"
      }
    >
      <strong>{headline}</strong>
      {compact ? null : (
        <>
          {" "}
          {expired ? t("getNew") : t("getNewBefore")} {t("pharmacies")}
        </>
      )}
    </p>
  );
}
