"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup } from "@/components/ui/form/fields";
import { OneTimeLinkForm } from "@/components/ui/form/OneTimeLinkForm";
import {
  createInviteAction,
  createResetLinkAction,
  leaveFamilyAction,
  removeMemberAction,
  revokeInviteAction,
  revokeResetLinkAction,
  transferOwnershipAction,
} from "@/app/family/[familyId]/members/actions";

const FamilyId = ({ familyId }: { familyId: string }) => <input type="hidden" name="familyId" value={familyId} />;

/** Creates an invitation and shows its link once. */
export function InviteForm({ familyId }: { familyId: string }) {
  return (
    <OneTimeLinkForm
      action={createInviteAction}
      submitLabel="Create an invitation link"
      againLabel="Create another invitation link"
      explanation="Send it to the person you want to invite. It works once, for 7 days."
      testId="invite-link"
      shareTitle="Join our family space"
    >
      <FamilyId familyId={familyId} />
    </OneTimeLinkForm>
  );
}

export function RevokeInviteForm({ familyId, inviteId }: { familyId: string; inviteId: string }) {
  return (
    <ActionForm action={revokeInviteAction} submitLabel="Revoke" className="inline-form">
      <FamilyId familyId={familyId} />
      <input type="hidden" name="inviteId" value={inviteId} />
    </ActionForm>
  );
}

export function RemoveMemberForm({ familyId, memberUserId, name }: { familyId: string; memberUserId: string; name: string }) {
  return (
    <ActionForm action={removeMemberAction} submitLabel={`Remove ${name}`} className="inline-form" danger>
      <FamilyId familyId={familyId} />
      <input type="hidden" name="memberUserId" value={memberUserId} />
    </ActionForm>
  );
}

export function TransferOwnershipForm({ familyId, members }: { familyId: string; members: { userId: string; name: string }[] }) {
  return (
    <ActionForm action={transferOwnershipAction} submitLabel="Hand over ownership">
      <FamilyId familyId={familyId} />
      <ChoiceGroup type="radio" name="newOwner" label="New owner" options={members.map((m) => ({ value: m.userId, label: m.name }))} required />
    </ActionForm>
  );
}

export function LeaveFamilyForm({ familyId }: { familyId: string }) {
  return (
    <ActionForm action={leaveFamilyAction} submitLabel="Leave this family" danger>
      <FamilyId familyId={familyId} />
    </ActionForm>
  );
}

/** A password reset link for a locked-out member: shown once, works once, for 24 hours. */
export function ResetLinkForm({ familyId, memberUserId, name }: { familyId: string; memberUserId: string; name: string }) {
  return (
    <OneTimeLinkForm
      action={createResetLinkAction}
      submitLabel={`Give ${name} a password reset link`}
      againLabel={`Give ${name} another reset link`}
      explanation={`Give it only to ${name}, in person or by a message you trust. It works once, for 24 hours, and signs them out everywhere.`}
      testId="reset-link"
      shareTitle="A link to choose a new password"
    >
      <FamilyId familyId={familyId} />
      <input type="hidden" name="memberUserId" value={memberUserId} />
    </OneTimeLinkForm>
  );
}

export function RevokeResetLinkForm({ familyId, linkId }: { familyId: string; linkId: string }) {
  return (
    <ActionForm action={revokeResetLinkAction} submitLabel="End this link" className="inline-form">
      <FamilyId familyId={familyId} />
      <input type="hidden" name="linkId" value={linkId} />
    </ActionForm>
  );
}
