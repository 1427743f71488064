import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        This guide is general information, not medical advice. In an emergency call <a href="tel:911">911</a>.
      </p>
      <p>
        We use no tracking, no ads and no outside services. <Link href="/crisis">Crisis numbers</Link>
      </p>
      <p className="print-only">Printed from the family relapse-response guide.</p>
    </footer>
  );
}
