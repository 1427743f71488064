import "server-only";
import { getCatalogue, getPage, pagePath, telHref } from "../content";
import type { PageSlug } from "../content/schema";
import { QUICK_EXIT_URL, SITE_NAME } from "../site";

/**
 * The HTML of a counselor's shared reading list (/s/<token>): the note, the chosen pages and the
 * crisis numbers, nothing else. Rendered as a plain document (not through the app layout) so the
 * page carries no navigation, no scripts but the quick exit (/quick-exit.js), and can answer 410 when it is gone.
 */
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Served as /shared.css: the policy allows no inline style or script (docs/decisions/011-csp-and-headers.md). */
export const SHARED_PAGE_STYLE = `body{font:18px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b2a33;background:#fbfaf7;margin:0}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{color:#1f3b4d;font-size:1.6rem;line-height:1.25}h2{color:#1f3b4d;font-size:1.2rem;margin-top:1.75rem}
a{color:#0b5cad}.note{white-space:pre-wrap;background:#fff;border:1px solid #d9dee2;border-radius:.5rem;padding:.9rem 1rem}
.crisis{background:#fdeceb;padding:.6rem 1rem}.crisis ul{list-style:none;margin:0 auto;padding:0;max-width:40rem;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}
.crisis a{color:#a1221b;font-weight:600}.top{display:flex;justify-content:space-between;align-items:center;max-width:40rem;margin:0 auto;padding:.5rem 1rem}
.exit{background:#a1221b;color:#fff;font-weight:700;padding:.45rem .8rem;border-radius:.4rem;text-decoration:none}
.pages li{margin:.6rem 0}.muted{color:#4a5a63;font-size:.9rem}`;

function crisisStrip(): string {
  const items = getCatalogue()
    .crisis.contacts.filter((c) => c.inStrip)
    .map((c) => `<li><a href="${telHref(c.dial)}">${escape(c.name)} ${escape(c.number)}</a></li>`)
    .join("");
  return `<aside class="crisis" aria-label="Crisis numbers"><ul>${items}<li><a href="/crisis">Overdose steps</a></li></ul></aside>`;
}

function document(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${escape(title)} · ${SITE_NAME}</title><link rel="stylesheet" href="/shared.css"></head>
<body><div class="top"><strong>${SITE_NAME}</strong><a class="exit" href="${QUICK_EXIT_URL}" data-quick-exit rel="noreferrer">Quick exit</a></div>
${crisisStrip()}<main id="main">${body}</main><script src="/quick-exit.js" async></script></body></html>`;
}

export function sharedListHtml(list: { note: string; pages: PageSlug[]; counselorName: string }): string {
  const pages = list.pages
    .map((slug) => getPage(slug))
    .filter((page) => page !== undefined)
    .map((page) => `<li><a href="${pagePath(page.slug)}">${escape(page.title)}</a><br><span class="muted">${escape(page.summary)}</span></li>`)
    .join("");
  const note = list.note ? `<h2>A note from ${escape(list.counselorName)}</h2><p class="note">${escape(list.note)}</p>` : "";
  return document(
    "Reading chosen for you",
    `<h1>Reading chosen for you</h1>${note}<h2>Pages to read</h2><ul class="pages">${pages}</ul>
<p class="muted">Someone may be in danger right now? Call <a href="tel:911">911</a>.</p>`,
  );
}

export function sharedListGoneHtml(): string {
  return document(
    "This link has ended",
    `<h1>This link has ended</h1><p>The person who shared it may have ended it, or it is past its date. That is all right. The whole guide is still open to you, with no account needed.</p>
<p><a href="/guide">Read the guide</a> · <a href="/right-now">A relapse just happened</a> · <a href="/crisis">Crisis help</a></p>`,
  );
}
