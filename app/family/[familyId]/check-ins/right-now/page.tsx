import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getPage } from "@/lib/content";
import { GuideArticle } from "@/components/guide/GuideArticle";

export const metadata: Metadata = { title: "Saved. What to do right now" };

/**
 * Where a check-in that noted possible use lands: it says the check-in is saved, shows what to do
 * right now (the same page as /right-now), and keeps a way back to the family's check-ins.
 */
export default async function CheckInSavedRightNowPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  await requireFamilyMember(familyId, `/family/${familyId}/check-ins/right-now`);
  const page = getPage("right-now");
  if (!page) throw new Error("content/pages/right-now.md is missing");
  return (
    <>
      <p role="status" className="form-success">
        Your check-in is saved.{" "}
        <a href={`/family/${encodeURIComponent(familyId)}/check-ins`}>Back to your check-ins</a>
      </p>
      <GuideArticle page={page} />
    </>
  );
}
