import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { pagePath } from "@/lib/content";
import { getGuidePages, getPage } from "@/lib/i18n/content";
import { toLocale } from "@/lib/i18n/locales";
import { GuideArticle } from "@/components/guide/GuideArticle";
import { LanguageLink } from "@/components/i18n/LanguageLink";

// Every guide page is generated at build time, in each language; unknown slugs are a 404, never
// rendered on demand.
export const dynamicParams = false;

export async function generateStaticParams() {
  return getGuidePages(toLocale(await rootLocale())).map((page) => ({ slug: page.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).slug, toLocale(await rootLocale()));
  return page ? { title: page.title, description: page.summary } : {};
}

export default async function GuidePage({ params }: Props) {
  const locale = toLocale(await rootLocale());
  const page = getPage((await params).slug, locale);
  if (!page || page.slug === "right-now") notFound();
  return (
    <>
      <LanguageLink locale={locale} path={pagePath(page.slug)} />
      <GuideArticle page={page} locale={locale} />
    </>
  );
}
