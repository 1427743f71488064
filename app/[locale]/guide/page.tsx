import type { Metadata } from "next";
// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { pagePath } from "@/lib/content";
import { getPages } from "@/lib/i18n/content";
import { toLocale, localePath } from "@/lib/i18n/locales";
import { LanguageLink } from "@/components/i18n/LanguageLink";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale(await rootLocale()), namespace: "GuideIndex" });
  return { title: t("title"), description: t("description") };
}

export default async function GuideIndexPage() {
  const locale = toLocale(await rootLocale());
  const t = await getTranslations({ locale, namespace: "GuideIndex" });
  return (
    <div className="page">
      <LanguageLink locale={locale} path="/guide" />
      <h1>{t("title")}</h1>
      <p className="summary">{t("summary")}</p>
      <ol className="guide-index">
        {getPages(locale).map((page) => (
          <li key={page.slug}>
            <a href={localePath(locale, pagePath(page.slug))}>{page.title}</a>
            <p>{page.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
