import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getFamily } from "@/lib/family/families";
import { deleteFamilyAction } from "./actions";
import { DeleteFamilyForm } from "@/components/family/DeleteFamilyForm";

export const metadata: Metadata = { title: "Data and settings" };

export default async function SettingsPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/settings`);
  const family = await getFamily({ userId: user.id }, familyId);
  return (
    <div>
      <h1>Your family&apos;s data</h1>
      <h2>Download</h2>
      <p>Your data belongs to your family. Download it at any time. It includes shared check-ins and your own private ones.</p>
      <ul>
        <li>
          <a href={`/family/${familyId}/export/json`} download className="tap">
            Everything, as a JSON file
          </a>
        </li>
        <li>
          <a href={`/family/${familyId}/export/csv`} download className="tap">
            Check-ins, as a spreadsheet (CSV)
          </a>
        </li>
      </ul>
      <h2>Notifications</h2>
      <p>
        <a href={`/family/${familyId}/notifications`}>Choose what you hear about from this family space</a>, such as a
        reminder to check in.
      </p>
      {family.role === "owner" ? (
        <>
          <h2>Delete this family</h2>
          <p>
            This deletes every check-in, the safety plan and its history, and all memberships and invitations. It cannot be
            undone. Download a copy first if you want one.
          </p>
          <DeleteFamilyForm action={deleteFamilyAction.bind(null, familyId)} familyName={family.name} />
        </>
      ) : null}
    </div>
  );
}
