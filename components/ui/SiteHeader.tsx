// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { SITE_NAME } from "@/lib/site";
import { GetHelp } from "./GetHelp";
import { QuickExit } from "./QuickExit";
import { AccountLinks } from "./AccountLinks";

const LINKS = [
  { href: "/right-now", label: "Right now" },
  { href: "/guide", label: "Guide" },
  { href: "/crisis", label: "Crisis help" },
  { href: "/family", label: "Family space" },
  // A plain link for everyone: the header is on static pages and cannot know who is signed in.
  { href: "/counselor", label: "For counselors" },
];

function NavList() {
  return (
    <ul>
      {LINKS.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
      {/* Hidden unless the page is signed in (components/ui/SignedIn.tsx). */}
      <AccountLinks itemClassName="nav-account" />
    </ul>
  );
}

/**
 * The page frame's one row: it stays at the top of the screen (sticky), so quick exit and
 * "Get help" are always in reach. On phones the links fold into a menu; both menus are <details>
 * and work without JavaScript. Only one of the two navs is displayed at any width.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href="/" className="site-name">
          {SITE_NAME}
        </a>
        <nav aria-label="Main" className="site-nav site-nav-wide">
          <NavList />
        </nav>
        <details className="site-menu">
          <summary className="header-control">
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
              <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
            </svg>
            <span className="sr-only">Menu</span>
          </summary>
          <nav aria-label="Main" className="site-nav site-menu-panel">
            <NavList />
          </nav>
        </details>
        <GetHelp />
        <QuickExit />
      </div>
    </header>
  );
}
