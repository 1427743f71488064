import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getGuidePages, getPage } from "@/lib/content";
import { GuideArticle } from "@/components/guide/GuideArticle";

// Every guide page is generated at build time; unknown slugs are a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuidePages().map((page) => ({ slug: page.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).slug);
  return page ? { title: page.title, description: page.summary } : {};
}

export default async function GuidePage({ params }: Props) {
  const page = getPage((await params).slug);
  if (!page || page.slug === "right-now") notFound();
  return <GuideArticle page={page} />;
}
