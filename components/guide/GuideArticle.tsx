// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { toString as hastToString } from "hast-util-to-string";
import { neighbours, getPage, pagePath, type Page } from "@/lib/content";
import { BackToReadingList } from "@/components/sharing/ReadingListReturn";

/** A guidance page: the rendered Markdown, its sources, related pages and previous/next. */
const URGENT_FIRST = new Set(["right-now"]);

/** The page's h2 headings that carry an anchor, for "On this page". */
function contents(page: Page): { id: string; title: string }[] {
  return page.hast.children.flatMap((node) => {
    if (node.type !== "element" || node.tagName !== "section") return [];
    const heading = node.children[0];
    if (heading?.type !== "element" || heading.tagName !== "h2" || !heading.properties?.id) return [];
    return [{ id: String(heading.properties.id), title: hastToString(heading) }];
  });
}

export function GuideArticle({ page }: { page: Page }) {
  const { previous, next } = neighbours(page.slug);
  const onThisPage = contents(page);
  // On /right-now the block that acts (call 911, then give naloxone) and the overdose check come
  // before anything else, even the page's summary and contents: both fit on a phone's first screen.
  const urgentFirst = URGENT_FIRST.has(page.slug);
  const cut = page.html.indexOf("</section>") + "</section>".length;
  const [urgent, rest] = urgentFirst && cut > 10 ? [page.html.slice(0, cut), page.html.slice(cut)] : ["", page.html];
  const related = page.related.map((slug) => getPage(slug)).filter((p): p is Page => Boolean(p));
  return (
    <article className={`guide-article page-${page.slug}`} aria-labelledby="page-title">
      <BackToReadingList />
      <header>
        <h1 id="page-title">{page.title}</h1>
        {urgentFirst ? null : <p className="summary">{page.summary}</p>}
      </header>
      {/* Our own content, rendered from Markdown at build time; no user input reaches it. */}
      {urgentFirst ? <div className="prose" dangerouslySetInnerHTML={{ __html: urgent }} /> : null}
      {urgentFirst ? <p className="summary">{page.summary}</p> : null}
      {onThisPage.length >= 3 ? (
        <nav aria-labelledby="on-this-page-heading" className="on-this-page">
          <h2 id="on-this-page-heading">{urgentFirst ? "Then, step by step" : "On this page"}</h2>
          <ol>
            {(urgentFirst ? onThisPage.slice(1) : onThisPage).map((entry) => (
              <li key={entry.id}>
                <a href={`#${entry.id}`}>{entry.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: rest }} />

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">Related pages</h2>
          <ul>
            {related.map((p) => (
              <li key={p.slug}>
                <a href={pagePath(p.slug)}>{p.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading" className="sources">
        <h2 id="sources-heading">Where this comes from</h2>
        <p>We wrote this page in our own words. You can check the facts with these public sources.</p>
        <ul>
          {page.sourceDetails.map((source) => (
            <li key={source.id}>
              <a href={source.url} rel="noopener noreferrer">
                <cite>{source.title}</cite>
              </a>
              , {source.publisher}
            </li>
          ))}
        </ul>
      </section>

      <nav aria-label="Previous and next page" className="pager">
        {previous ? (
          <a href={pagePath(previous.slug)} rel="prev">
            <span className="pager-label">Previous</span> {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={pagePath(next.slug)} rel="next">
            <span className="pager-label">Next</span> {next.title}
          </a>
        ) : null}
      </nav>
    </article>
  );
}
