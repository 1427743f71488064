import type { Metadata } from "next";
// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getCatalogue, getCrisis } from "@/lib/content";
import { withBackLinks } from "@/lib/content/contents";
import { OnThisPage } from "@/components/guide/OnThisPage";

export const metadata: Metadata = { title: "Crisis help", description: "Overdose signs, the steps to take, and numbers to call." };

export default function CrisisPage() {
  const { crisis } = getCatalogue();
  const { html, contents } = getCrisis();
  return (
    <article className="guide-article" aria-labelledby="page-title">
      <header>
        <h1 id="page-title">Crisis help</h1>
        <p className="summary">
          If someone may be overdosing, call <a href="tel:911">911</a> now. Then follow the steps below.
        </p>
      </header>
      {/* The signs and the steps come first on the page; the list lets a person skip to the numbers. */}
      <OnThisPage entries={contents} />
      {/* Our own content, rendered from the catalogue; no user input reaches it. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: withBackLinks(html) }} />
      <p className="muted">
        Numbers are for the {crisis.region}. Last checked {crisis.reviewed}. More on overdose and naloxone:{" "}
        <a href="/guide/overdose-and-naloxone">Overdose and naloxone</a>.
      </p>
    </article>
  );
}
