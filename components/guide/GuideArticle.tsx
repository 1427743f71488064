// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { pagePath, type Page } from "@/lib/content";
import { getPage, neighbours } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { CONTENTS_MIN_SECTIONS, sectionContents, withBackLinks } from "@/lib/content/contents";
import { BackToReadingList } from "@/components/sharing/ReadingListReturn";
import { OnThisPage } from "./OnThisPage";

/** A guidance page: the rendered Markdown, its sources, related pages and previous/next. */
const URGENT_FIRST = new Set(["right-now"]);

export async function GuideArticle({ page, locale }: { page: Page; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Guide" });
  const path = (slug: Page["slug"]) => localePath(locale, pagePath(slug));
  const { previous, next } = neighbours(page.slug, locale);
  const onThisPage = sectionContents(page.hast);
  // On /right-now the block that acts (call 911, then give naloxone) and the overdose check come
  // before anything else, even the page's summary and contents: both fit on a phone's first screen.
  const urgentFirst = URGENT_FIRST.has(page.slug);
  const cut = page.html.indexOf("</section>") + "</section>".length;
  const [urgent, rest] = urgentFirst && cut > 10 ? [page.html.slice(0, cut), page.html.slice(cut)] : ["", page.html];
  const showContents = onThisPage.length >= CONTENTS_MIN_SECTIONS;
  const related = page.related.map((slug) => getPage(slug, locale)).filter((p): p is Page => Boolean(p));
  return (
    <article className={`guide-article page-${page.slug}`} aria-labelledby="page-title">
      <BackToReadingList label={t("backToReadingList")} />
      <header>
        <h1 id="page-title">{page.title}</h1>
        {urgentFirst ? null : <p className="summary">{page.summary}</p>}
      </header>
      {/* Our own content, rendered from Markdown at build time; no user input reaches it. */}
      {urgentFirst ? <div className="prose" dangerouslySetInnerHTML={{ __html: urgent }} /> : null}
      {urgentFirst ? <p className="summary">{page.summary}</p> : null}
      {showContents ? <OnThisPage entries={urgentFirst ? onThisPage.slice(1) : onThisPage} title={urgentFirst ? t("thenStepByStep") : t("onThisPage")} /> : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: showContents ? withBackLinks(rest, urgentFirst ? t("backToSteps") : t("backToSections")) : rest }} />

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">{t("related")}</h2>
          <ul>
            {related.map((p) => (
              <li key={p.slug}>
                <a href={path(p.slug)}>{p.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading" className="sources">
        <h2 id="sources-heading">{t("sources")}</h2>
        <p>{t("sourcesIntro")}</p>
        <ul>
          {page.sourceDetails.map((source) => (
            <li key={source.id}>
              <a href={source.url} rel="noopener noreferrer">
                <cite lang={locale === "en" ? undefined : "en"}>{source.title}</cite>
              </a>
              , {source.publisher}
            </li>
          ))}
        </ul>
      </section>

      <nav aria-label={t("pager")} className="pager">
        {previous ? (
          <a href={path(previous.slug)} rel="prev">
            <span className="pager-label">{t("previous")}</span> {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={path(next.slug)} rel="next">
            <span className="pager-label">{t("next")}</span> {next.title}
          </a>
        ) : null}
      </nav>
    </article>
  );
}
