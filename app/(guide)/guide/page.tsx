import type { Metadata } from "next";
import Link from "next/link";
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
            <Link href={pagePath(page.slug)}>{page.title}</Link>
            <p>{page.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
