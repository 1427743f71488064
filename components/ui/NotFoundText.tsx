// Plain links, not next/link: reading pages are static HTML (decision 005).
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/lib/i18n/locales";

/** "We could not find that page", with the way to the guide, the start and 911, in a language. */
export async function NotFoundText({ locale }: { locale: Locale }) {
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
