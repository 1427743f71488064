import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SITE_NAME } from "@/lib/site";
import { ADDRESS_LOCALE_HEADER, toLocale } from "@/lib/i18n/locales";
import { manifestPath } from "@/lib/pwa/manifest";
import { PageFrame } from "@/components/ui/PageFrame";
import { NotFoundText } from "@/components/ui/NotFoundText";
import "./globals.css";

/**
 * The 404 page of an address no route answers (decision 050): the app has two root layouts
 * (app/[locale]/ and app/(app)/), so the page for an unknown address is a whole page of its own,
 * with the same frame, in the address's language (/es/nada in Spanish; proxy.ts says which).
 */
async function addressLocale() {
  return toLocale((await headers()).get(ADDRESS_LOCALE_HEADER));
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await addressLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: `${t("title")} · ${SITE_NAME}`, robots: { index: false, follow: false }, manifest: manifestPath(locale) };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3b4d" };

export default async function GlobalNotFound() {
  const locale = await addressLocale();
  return (
    <PageFrame locale={locale} scripts={["/sw-register.js"]}>
      <NotFoundText locale={locale} />
    </PageFrame>
  );
}
