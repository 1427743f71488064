import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";

/**
 * The document every page wears, in a language: `lang`, the skip link, the header with its crisis
 * help and quick exit, the main area, the footer, and our own same-origin scripts. The three root
 * layouts (reading pages, private pages, the page of an unknown address) differ only inside <main>
 * and in which scripts they need.
 */
export async function PageFrame({ locale, scripts = ["/time-zone.js", "/sw-register.js"], children }: { locale: Locale; scripts?: string[]; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: "Frame" });
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("skipLink")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
        {scripts.map((src) => (
          <script key={src} src={src} async />
        ))}
      </body>
    </html>
  );
}
