import type { Metadata, Viewport } from "next";
import { SITE_NAME } from "@/lib/site";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { SiteFooter } from "@/components/ui/SiteFooter";
import { NotFoundText } from "@/components/ui/NotFoundText";
import "./globals.css";

/**
 * The 404 page of an address no route answers (decision 050): the app has two root layouts
 * (app/[locale]/ and app/(app)/), so the page for an unknown address is a whole page of its own,
 * in English with the same frame.
 */
export const metadata: Metadata = { title: `Page not found · ${SITE_NAME}`, robots: { index: false, follow: false }, manifest: "/manifest.webmanifest" };

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3b4d" };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader locale="en" />
        <main id="main" tabIndex={-1}>
          <NotFoundText locale="en" />
        </main>
        <SiteFooter locale="en" />
        <script src="/sw-register.js" async />
      </body>
    </html>
  );
}
