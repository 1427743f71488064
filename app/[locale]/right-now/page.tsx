import type { Metadata } from "next";
import { locale as rootLocale } from "next/root-params";
import { getPage } from "@/lib/i18n/content";
import { toLocale } from "@/lib/i18n/locales";
import { GuideArticle } from "@/components/guide/GuideArticle";
import { LanguageLink } from "@/components/i18n/LanguageLink";

export const dynamic = "force-static";

export async function generateMetadata(): Promise<Metadata> {
  const page = getPage("right-now", toLocale(await rootLocale()));
  return { title: page?.title, description: page?.summary };
}

export default async function RightNowPage() {
  const locale = toLocale(await rootLocale());
  const page = getPage("right-now", locale);
  if (!page) throw new Error(`the ${locale} right-now page is missing`);
  return (
    <>
      <LanguageLink locale={locale} path="/right-now" />
      <GuideArticle page={page} locale={locale} />
    </>
  );
}
