import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { QuickExit } from "./QuickExit";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {SITE_NAME}
        </Link>
        <QuickExit />
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <Link href="/right-now">Right now</Link>
            </li>
            <li>
              <Link href="/guide">Guide</Link>
            </li>
            <li>
              <Link href="/crisis">Crisis help</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
