// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { neighbours, getPage, pagePath, type Page } from "@/lib/content";

/** A guidance page: the rendered Markdown, its sources, related pages and previous/next. */
export function GuideArticle({ page }: { page: Page }) {
  const { previous, next } = neighbours(page.slug);
  const related = page.related.map((slug) => getPage(slug)).filter((p): p is Page => Boolean(p));
  return (
    <article className="guide-article" aria-labelledby="page-title">
      <header>
        <h1 id="page-title">{page.title}</h1>
        <p className="summary">{page.summary}</p>
      </header>
      {/* Our own content, rendered from Markdown at build time; no user input reaches it. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />

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
        <p>We wrote this page in our own words from these sources. Long titles are shortened.</p>
        <ul>
          {page.sourceDetails.map((source) => (
            <li key={source.id}>
              <cite>{source.title}</cite>
              {source.publisher ? `, ${source.publisher}` : ""}
              {source.url ? (
                <>
                  {" "}
                  (<span className="source-url">{source.url}</span>)
                </>
              ) : null}
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
