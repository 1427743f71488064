import type { Metadata, Viewport } from "next";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { SiteFooter } from "@/components/ui/SiteFooter";
import { LanguageLink } from "@/components/i18n/LanguageLink";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
  referrer: "same-origin",
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3b4d" };

/**
 * The root layout of the family space, the counselor pages, the account and the forms around them.
 * They are in English only for now (docs/decisions/050): their language link goes to the Spanish
 * home page. They move under app/[locale]/ when they are translated (decision 038).
 */
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader locale="en" />
        <main id="main" tabIndex={-1}>
          <LanguageLink locale="en" path={null} />
          {children}
        </main>
        <SiteFooter locale="en" />
        <script src="/time-zone.js" async />
        <script src="/sw-register.js" async />
      </body>
    </html>
  );
}
