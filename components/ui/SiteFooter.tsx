// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        This guide is general information, not medical advice. In an emergency call <a href="tel:911">911</a>.
      </p>
      <p>
        We use no tracking, no ads and no outside services. <a href="/crisis">Crisis numbers</a>
      </p>
      <p className="print-only">Printed from the family relapse-response guide.</p>
    </footer>
  );
}
