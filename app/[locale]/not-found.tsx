// Plain links, not next/link: reading pages are static HTML (decision 005).
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { localePath, toLocale } from "@/lib/i18n/locales";

export default async function NotFound() {
  const locale = toLocale(await rootLocale());
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("text", {
          guide: (chunks) => <a href={localePath(locale, "/guide")}>{chunks}</a>,
          home: (chunks) => <a href={localePath(locale, "/")}>{chunks}</a>,
          call: (chunks) => <a href="tel:911">{chunks}</a>,
        })}
      </p>
    </div>
  );
}
