import type { Metadata, Viewport } from "next";
import { locale as rootLocale } from "next/root-params";
import { LOCALE_SEGMENTS, toLocale } from "@/lib/i18n/locales";
import { PageFrame } from "@/components/ui/PageFrame";
import { siteMetadata } from "@/lib/i18n/site-metadata";
import "../globals.css";

/**
 * The root layout of the reading pages, in each language (docs/decisions/050): English is served
 * at its old addresses from /en/... (proxy.ts), Spanish under /es. Both are prerendered; reading
 * the language from next/root-params keeps them static.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  // en, es, and English with the offer of Spanish (lib/i18n/locales.ts SPANISH_OFFER_SEGMENT).
  return LOCALE_SEGMENTS.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(toLocale(await rootLocale()));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3b4d" };

export default async function ReadingLayout({ children }: { children: React.ReactNode }) {
  // No /time-zone.js: reading pages show no times, and every way into the private pages passes
  // through one that sends it (sign-in, sign-up, invitations). Its first use of Intl costs a long
  // task on a slow phone (decision 053).
  return (
    <PageFrame locale={toLocale(await rootLocale())} scripts={["/sw-register.js"]}>
      {children}
    </PageFrame>
  );
}
