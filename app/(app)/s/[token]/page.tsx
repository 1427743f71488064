// Plain links, not next/link: nothing is prefetched from a shared link.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openReadingList, readingListLocale } from "@/lib/counselor/reading-lists";
import { getPage, pagePath } from "@/lib/content";
import { personLocale } from "@/lib/i18n/person-locale";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { RememberReadingList } from "@/components/sharing/ReadingListReturn";

/**
 * A counselor's shared reading list, in the app's own frame (docs/decisions/019-shared-reading-list.md).
 * Ended, expired and unknown links get "This link has ended"; the proxy (lib/sharing/shared-list-gate.ts)
 * has already given those a 410. Headers (no-store, no-referrer, noindex) come from next.config.ts
 * and Next's own Cache-Control for dynamic pages. Opening the page only adds one to the open count.
 * The list's own words, its pages' titles and its links are in the language the counselor chose
 * for it (the frame around it stays in the reader's); an unknown link speaks the reader's language.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  const locale = (await readingListLocale(token)) ?? (await personLocale());
  const t = await getTranslations({ locale, namespace: "SharedList" });
  return {
    title: t("title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function SharedReadingListPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ back?: string }>;
}) {
  const [{ token }, { back }] = await Promise.all([params, searchParams]);
  const list = await openReadingList(token, new Date(), { count: back !== "1" });
  if (list.status !== "active") return <ListEnded locale={list.status === "gone" ? list.locale : await personLocale()} />;
  const locale = list.locale;
  const t = await getTranslations({ locale, namespace: "SharedList" });
  const pages = list.pages.map((slug) => getPage(slug, locale)).filter((page) => page !== undefined);
  return (
    <div className="page shared-list" lang={locale}>
      <RememberReadingList />
      <h1>{t("title")}</h1>
      <p className="summary">{t("intro", { name: list.counselorName })}</p>
      {list.note ? (
        <section aria-labelledby="note-heading">
          <h2 id="note-heading">{t("noteHeading", { name: list.counselorName })}</h2>
          <p className="card shared-list-note">{list.note}</p>
        </section>
      ) : null}
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">{t("pagesHeading")}</h2>
        <ul className="doors">
          {pages.map((page) => (
            <li key={page.slug}>
              <a href={localePath(locale, pagePath(page.slug))} className="door">
                <span className="door-title">{page.title}</span>
                <span className="door-text">{page.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted">{t.rich("keep", { tel: (chunks) => <a href="tel:911">{chunks}</a> })}</p>
    </div>
  );
}

async function ListEnded({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "SharedList.ended" });
  return (
    <div className="page shared-list" lang={locale}>
      <h1>{t("heading")}</h1>
      <p>{t("text")}</p>
      <ul className="doors">
        <li>
          <a href={localePath(locale, "/guide")} className="door">
            <span className="door-title">{t("guideTitle")}</span>
            <span className="door-text">{t("guideText")}</span>
          </a>
        </li>
        <li>
          <a href={localePath(locale, "/right-now")} className="door">
            <span className="door-title">{t("rightNowTitle")}</span>
            <span className="door-text">{t("rightNowText")}</span>
          </a>
        </li>
        <li>
          <a href={localePath(locale, "/crisis")} className="door">
            <span className="door-title">{t("crisisTitle")}</span>
            <span className="door-text">{t("crisisText")}</span>
          </a>
        </li>
      </ul>
    </div>
  );
}
