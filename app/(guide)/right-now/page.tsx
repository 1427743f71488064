import type { Metadata } from "next";
import { getPage } from "@/lib/content";
import { GuideArticle } from "@/components/guide/GuideArticle";

export const dynamic = "force-static";

export function generateMetadata(): Metadata {
  const page = getPage("right-now");
  return { title: page?.title, description: page?.summary };
}

export default function RightNowPage() {
  const page = getPage("right-now");
  if (!page) throw new Error("content/pages/right-now.md is missing");
  return <GuideArticle page={page} />;
}
