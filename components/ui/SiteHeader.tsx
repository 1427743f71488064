// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { SITE_NAME } from "@/lib/site";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { GetHelp } from "./GetHelp";
import { QuickExit } from "./QuickExit";
import { AccountLinks } from "./AccountLinks";

type Link = { href: string; label: string };

function NavList({ links, account }: { links: Link[]; account: { account: string; signOut: string } }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
      {/* Hidden unless the page is signed in (components/ui/SignedIn.tsx). */}
      <AccountLinks itemClassName="nav-account" labels={account} />
    </ul>
  );
}

/**
 * The page frame's one row: it stays at the top of the screen (sticky), so quick exit and
 * "Get help" are always in reach. On phones the links fold into a menu; both menus are <details>
 * and work without JavaScript. Only one of the two navs is displayed at any width.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Frame" });
  const links: Link[] = [
    { href: localePath(locale, "/right-now"), label: t("rightNow") },
    { href: localePath(locale, "/guide"), label: t("guide") },
    { href: localePath(locale, "/crisis"), label: t("crisis") },
    // The family space and the counselor pages are in English for now (decision 050).
    { href: "/family", label: t("family") },
    // A plain link for everyone: the header is on static pages and cannot know who is signed in.
    { href: "/counselor", label: t("counselor") },
  ];
  const account = { account: t("account"), signOut: t("signOut") };
  const nav = <NavList links={links} account={account} />;
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={localePath(locale, "/")} className="site-name">
          {SITE_NAME}
        </a>
        <nav aria-label={t("navLabel")} className="site-nav site-nav-wide">
          {nav}
        </nav>
        <details className="site-menu">
          <summary className="header-control">
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
              <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
            </svg>
            <span className="sr-only">{t("menu")}</span>
          </summary>
          <nav aria-label={t("navLabel")} className="site-nav site-menu-panel">
            {nav}
          </nav>
        </details>
        <GetHelp locale={locale} />
        <QuickExit locale={locale} />
      </div>
    </header>
  );
}
