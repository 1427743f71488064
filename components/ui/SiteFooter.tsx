// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getCatalogue, pagePath, telHref } from "@/lib/content";

export function SiteFooter() {
  const contacts = getCatalogue().crisis.contacts.filter((contact) => contact.inStrip);
  return (
    <footer className="site-footer">
      <p>
        This guide is general information, not medical advice. In an emergency:{" "}
        <a href={telHref("911")}>
          Call 911
        </a>
      </p>
      <p>
        We use no tracking, no ads and no outside services. <a href="/crisis">Crisis numbers</a> ·{" "}
        <a href={pagePath("staying-private")}>Staying private</a>
      </p>
      {/* The header (and its numbers) is not printed; paper still needs them. */}
      <p className="print-only">
        Crisis numbers: {contacts.map((contact) => `${contact.short} ${contact.number}`).join(" · ")}. Printed from the family
        relapse-response guide.
      </p>
    </footer>
  );
}
