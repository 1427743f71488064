import type { Metadata } from "next";
import { Moment } from "@/components/ui/Moment";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { deletedFamilyFor } from "@/lib/family/tombstones";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "Family space deleted", robots: { index: false, follow: false } };

/**
 * Shown to someone who could open a family when its owner deleted it. Everyone else gets the
 * ordinary 404, so nobody learns that a family they never belonged to existed.
 */
export default async function DeletedFamilyPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const user = await requireUser(`/family/deleted/${familyId}`);
  const deleted = await deletedFamilyFor({ userId: user.id }, familyId);
  if (!deleted) notFound();
  return (
    <div className="page">
      <SignedIn />
      <h1>This family space was deleted by its owner</h1>
      <p>
        It was deleted on <Moment date={deleted.deletedAt} dayOnly />. Everything in it is gone: the check-ins, the safety plan and the list
        of members. We keep nothing of it, so we cannot bring it back.
      </p>
      <p>If you did not expect this, you may want to talk with the person who owned it.</p>
      <p>
        <a className="button" href="/family">
          Go to your family spaces
        </a>
      </p>
      <p className="muted">
        You can still read the <a href="/guide">guide</a>, and get help <a href="/right-now">right now</a>.
      </p>
    </div>
  );
}
