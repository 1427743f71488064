import type { Metadata } from "next";
// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { pagePath } from "@/lib/content";
import { getCatalogue, getCrisis, getPage } from "@/lib/i18n/content";
import { withBackLinks } from "@/lib/content/contents";
import { localePath, toLocale } from "@/lib/i18n/locales";
import { OnThisPage } from "@/components/guide/OnThisPage";
import { LanguageLink } from "@/components/i18n/LanguageLink";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale(await rootLocale()), namespace: "Crisis" });
  return { title: t("title"), description: t("description") };
}

export default async function CrisisPage() {
  const locale = toLocale(await rootLocale());
  const t = await getTranslations({ locale, namespace: "Crisis" });
  const guide = await getTranslations({ locale, namespace: "Guide" });
  const { crisis } = getCatalogue(locale);
  const { html, contents } = getCrisis(locale);
  const overdose = getPage("overdose-and-naloxone", locale);
  return (
    <article className="guide-article" aria-labelledby="page-title">
      <LanguageLink locale={locale} path="/crisis" />
      <header>
        <h1 id="page-title">{t("title")}</h1>
        <p className="summary">{t.rich("summary", { call: (chunks) => <a href="tel:911">{chunks}</a> })}</p>
      </header>
      {/* The signs and the steps come first on the page; the list lets a person skip to the numbers. */}
      <OnThisPage entries={contents} title={guide("onThisPage")} />
      {/* Our own content, rendered from the catalogue; no user input reaches it. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: withBackLinks(html, guide("backToSections")) }} />
      <p className="muted">
        {t.rich("checked", {
          region: crisis.region,
          reviewed: crisis.reviewed,
          title: overdose?.title ?? "",
          link: (chunks) => <a href={localePath(locale, pagePath("overdose-and-naloxone"))}>{chunks}</a>,
        })}
      </p>
    </article>
  );
}
