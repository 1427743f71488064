// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { SITE_NAME } from "@/lib/site";
import { QuickExit } from "./QuickExit";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href="/" className="site-name">
          {SITE_NAME}
        </a>
        <QuickExit />
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <a href="/right-now">Right now</a>
            </li>
            <li>
              <a href="/guide">Guide</a>
            </li>
            <li>
              <a href="/crisis">Crisis help</a>
            </li>
            <li>
              <a href="/family">Family space</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
