// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { toLocale, localePath } from "@/lib/i18n/locales";
import { LanguageLink } from "@/components/i18n/LanguageLink";

export default async function HomePage() {
  const locale = toLocale(await rootLocale());
  const t = await getTranslations({ locale, namespace: "Home" });
  const meta = await getTranslations({ locale, namespace: "Meta" });
  const doors = [
    { href: localePath(locale, "/right-now"), title: t("relapseTitle"), text: t("relapseText") },
    { href: localePath(locale, "/guide/relapse-and-chronic-illness"), title: t("understandTitle"), text: t("understandText") },
    { href: localePath(locale, "/guide/planning-ahead"), title: t("planTitle"), text: t("planText") },
  ];
  return (
    <div className="page home">
      <LanguageLink locale={locale} path="/" />
      <h1>{t("title")}</h1>
      <p className="summary">{t("summary", { tagline: meta("tagline") })}</p>
      <ul className="doors">
        {doors.map((door) => (
          <li key={door.href}>
            <a href={door.href} className="door">
              <span className="door-title">{door.title}</span>
              <span className="door-text">{door.text}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        {t.rich("overdose", {
          steps: (chunks) => <a href={localePath(locale, "/crisis")}>{chunks}</a>,
          call: (chunks) => <a href="tel:911">{chunks}</a>,
        })}
      </p>
    </div>
  );
}
