import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { personLocale } from "@/lib/i18n/person-locale";
import { clientMessages } from "@/lib/i18n/messages";
import { PageFrame } from "@/components/ui/PageFrame";
import { LanguageSwitch } from "@/components/i18n/LanguageSwitch";
import { siteMetadata } from "@/lib/i18n/site-metadata";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await personLocale());
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3b4d" };

/**
 * The root layout of the family space, the counselor pages, the account and the forms around them.
 * Their language is the person's (lib/i18n/person-locale.ts, decision 052): the same addresses in
 * both languages, and a switch that keeps the choice. Client components get the messages they read
 * (CLIENT_MESSAGES) through the provider; the rest stays on the server.
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const locale = await personLocale();
  return (
    <PageFrame locale={locale}>
      <LanguageSwitch locale={locale} />
      <NextIntlClientProvider locale={locale} messages={clientMessages(locale)}>
        {children}
      </NextIntlClientProvider>
    </PageFrame>
  );
}
