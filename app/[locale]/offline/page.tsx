import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { GLOSSARY_PATH } from "@/lib/content/links";
import { localePath, toLocale } from "@/lib/i18n/locales";
import { LanguageLink } from "@/components/i18n/LanguageLink";

// Shown by the service worker (public/sw.js) when a page cannot load with no signal, in the
// language of the page asked for. It holds nothing private: it is the same for everyone and
// stored on the phone.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale(await rootLocale()), namespace: "Offline" });
  return { title: t("title"), description: t("description"), robots: { index: false, follow: false } };
}

export default async function OfflinePage() {
  const locale = toLocale(await rootLocale());
  const t = await getTranslations({ locale, namespace: "Offline" });
  const saved = [
    { href: "/right-now", label: t("rightNow") },
    { href: "/crisis", label: t("crisis") },
    { href: "/guide/overdose-and-naloxone", label: t("overdose") },
    { href: GLOSSARY_PATH, label: t("glossary") },
  ];
  return (
    <article className="guide-article" aria-labelledby="page-title">
      <LanguageLink locale={locale} path="/offline" />
      <header>
        <h1 id="page-title">{t("heading")}</h1>
        <p className="summary">{t("summary")}</p>
      </header>
      <p>
        <a href="tel:911" className="call-button call-button-urgent">
          <span className="call-number">{t("call")}</span>
          <span className="call-name">{t("callWhen")}</span>
        </a>
      </p>
      <div className="prose">
        <h2>{t("savedHeading")}</h2>
        <ul>
          {saved.map((page) => (
            <li key={page.href}>
              <a href={localePath(locale, page.href)}>{page.label}</a>
            </li>
          ))}
        </ul>
        <p>{t("family")}</p>
      </div>
    </article>
  );
}
