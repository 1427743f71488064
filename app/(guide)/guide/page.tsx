import type { Metadata } from "next";
// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getPages, pagePath } from "@/lib/content";

export const metadata: Metadata = { title: "The guide", description: "Every page of the guide, in reading order." };

export default function GuideIndexPage() {
  return (
    <div className="page">
      <h1>The guide</h1>
      <p className="summary">Read in order, or go straight to what you need.</p>
      <ol className="guide-index">
        {getPages().map((page) => (
          <li key={page.slug}>
            <a href={pagePath(page.slug)}>{page.title}</a>
            <p>{page.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
