import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/dates";
import { personLocale } from "@/lib/i18n/person-locale";
import type { Dashboard } from "@/lib/family/trend";

const NUMBER_LOCALE = { en: "en-US", es: "es-US" } as const;

/** Last check-in and counts, as a short list of facts. */
export async function AtAGlance({ data }: { data: Dashboard }) {
  const [t, locale] = await Promise.all([getTranslations("Dashboard.glance"), personLocale()]);
  const { counts } = data;
  const number = (n: number) => n.toLocaleString(NUMBER_LOCALE[locale]);
  return (
    // The labels keep at least 7rem: a long day ("4 de diciembre de 2026") wraps instead of squeezing them.
    <dl className="card grid grid-cols-[minmax(7rem,1fr)_auto] gap-x-4 gap-y-1">
      <dt>{t("last")}</dt>
      <dd className="m-0 text-right font-semibold">{data.lastCheckIn ? formatDay(data.lastCheckIn, "long", locale) : t("none")}</dd>
      <dt>{t("last28")}</dt>
      <dd className="m-0 text-right font-semibold">{number(counts.last28Days)}</dd>
      <dt>{t("last8Weeks")}</dt>
      <dd className="m-0 text-right font-semibold">{number(counts.last8Weeks)}</dd>
      <dt>{t("mine")}</dt>
      <dd className="m-0 text-right font-semibold">{number(counts.mineLast8Weeks)}</dd>
    </dl>
  );
}
