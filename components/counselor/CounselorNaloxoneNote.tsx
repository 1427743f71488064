import { getTranslations } from "next-intl/server";
import type { NaloxoneStatus } from "@/lib/family/plan";
import { formatDay } from "@/lib/dates";
import { personLocale } from "@/lib/i18n/person-locale";

/**
 * The naloxone date warning in a counselor's words: the family's own notice tells them to change
 * the date in their plan, which a counselor cannot (and should not) do.
 */
export async function CounselorNaloxoneNote({ status }: { status: NaloxoneStatus }) {
  if (status.state !== "expired" && status.state !== "soon") return null;
  const [t, locale] = await Promise.all([getTranslations("CounselorFamily.naloxone"), personLocale()]);
  const date = formatDay(status.expiry, "long", locale);
  const headline = status.state === "expired" ? t("expired", { date }) : status.days === 0 ? t("today") : t("soon", { count: status.days, date });
  return (
    <p className="counselor-naloxone" data-testid="counselor-naloxone">
      <strong>{headline}</strong> {t("remind")}
    </p>
  );
}
