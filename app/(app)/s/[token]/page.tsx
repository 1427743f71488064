// Plain links, not next/link: nothing is prefetched from a shared link.
import type { Metadata } from "next";
import { openReadingList } from "@/lib/counselor/reading-lists";
import { getPage, pagePath } from "@/lib/content";
import { RememberReadingList } from "@/components/sharing/ReadingListReturn";

/**
 * A counselor's shared reading list, in the app's own frame (docs/decisions/019-shared-reading-list.md).
 * Ended, expired and unknown links get "This link has ended"; the proxy (lib/sharing/shared-list-gate.ts)
 * has already given those a 410. Headers (no-store, no-referrer, noindex) come from next.config.ts
 * and Next's own Cache-Control for dynamic pages. Opening the page only adds one to the open count.
 */
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Reading chosen for you",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedReadingListPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ back?: string }>;
}) {
  const [{ token }, { back }] = await Promise.all([params, searchParams]);
  const list = await openReadingList(token, new Date(), { count: back !== "1" });
  if (list.status !== "active") return <ListEnded />;
  const pages = list.pages.map((slug) => getPage(slug)).filter((page) => page !== undefined);
  return (
    <div className="page shared-list">
      <RememberReadingList path={`/s/${token}`} />
      <h1>Reading chosen for you</h1>
      <p className="summary">
        {list.counselorName} picked these pages of the Steady guide for your family. You do not need an account to read them.
      </p>
      {list.note ? (
        <section aria-labelledby="note-heading">
          <h2 id="note-heading">A note from {list.counselorName}</h2>
          <p className="card shared-list-note">{list.note}</p>
        </section>
      ) : null}
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">Pages to read</h2>
        <ul className="doors">
          {pages.map((page) => (
            <li key={page.slug}>
              <a href={pagePath(page.slug)} className="door">
                <span className="door-title">{page.title}</span>
                <span className="door-text">{page.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted">
        Keep this link to come back to the list. It works until your counselor ends it or it reaches its date. Someone may be
        in danger right now? Call <a href="tel:911">911</a>.
      </p>
    </div>
  );
}

function ListEnded() {
  return (
    <div className="page shared-list">
      <h1>This link has ended</h1>
      <p>
        The person who shared it may have ended it, or it is past its date. That is all right. The whole guide is still open to
        you, with no account needed.
      </p>
      <ul className="doors">
        <li>
          <a href="/guide" className="door">
            <span className="door-title">Read the guide</span>
            <span className="door-text">Every page, free, no account needed.</span>
          </a>
        </li>
        <li>
          <a href="/right-now" className="door">
            <span className="door-title">A relapse just happened</span>
            <span className="door-text">What to do first, step by step.</span>
          </a>
        </li>
        <li>
          <a href="/crisis" className="door">
            <span className="door-title">Crisis help</span>
            <span className="door-text">Overdose steps and numbers to call.</span>
          </a>
        </li>
      </ul>
    </div>
  );
}
