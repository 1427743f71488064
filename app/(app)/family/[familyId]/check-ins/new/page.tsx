import { viewerTimeZone } from "@/lib/account/time-zone";
import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getFamily } from "@/lib/family/families";
import { CheckInForm } from "@/components/family/checkins/CheckInForm";
import { createCheckInAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a check-in" };

export default async function NewCheckInPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/check-ins/new`);
  const family = await getFamily({ userId: user.id }, familyId);
  return (
    <>
      <h1>Add a check-in</h1>
      <p>
        Take a breath. Note what you saw, and how you are doing. There are no wrong answers, and you can change it later.
      </p>
      <p className="muted">
        If someone may be overdosing, do not fill this in. <a href="/crisis">Get help now</a>.
      </p>
      <CheckInForm
        timeZone={(await viewerTimeZone()).timeZone} action={createCheckInAction.bind(null, family.id)} submitLabel="Save check-in" lovedOneName={family.lovedOneName} />
    </>
  );
}
