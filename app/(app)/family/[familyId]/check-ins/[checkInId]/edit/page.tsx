import { viewerTimeZone } from "@/lib/account/time-zone";
import type { Metadata } from "next";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { getCheckInForEdit } from "@/lib/family/checkins";
import { getFamily } from "@/lib/family/families";
import { CheckInForm } from "@/components/family/checkins/CheckInForm";
import { DeleteCheckInForm } from "@/components/family/checkins/DeleteCheckInForm";
import { formatLongDay } from "@/components/family/checkins/labels";
import { deleteCheckInAction, updateCheckInAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a check-in" };

export default async function EditCheckInPage({ params }: { params: Promise<{ familyId: string; checkInId: string }> }) {
  const { familyId, checkInId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/check-ins/${checkInId}/edit`);
  const actor = { userId: user.id };
  const [family, entry] = await orNotFound(Promise.all([getFamily(actor, familyId), getCheckInForEdit(actor, familyId, checkInId)]));
  return (
    <>
      <p>
        <a href={`/family/${family.id}/check-ins`}>← Back to check-ins</a>
      </p>
      <h1>Edit your check-in</h1>
      <p className="summary">From {formatLongDay(entry.date)}.</p>
      <CheckInForm
        timeZone={(await viewerTimeZone()).timeZone}
        action={updateCheckInAction.bind(null, family.id, entry.id)}
        submitLabel="Save changes"
        initial={entry}
        lovedOneName={family.lovedOneName}
      />
      <section aria-labelledby="delete-heading" className="mt-8 border-t border-line pt-2">
        <h2 id="delete-heading">Delete this check-in</h2>
        <DeleteCheckInForm action={deleteCheckInAction.bind(null, family.id, entry.id)} />
      </section>
    </>
  );
}
