"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup } from "@/components/ui/form/fields";
import { initialFormState } from "@/lib/forms/form-state";
import {
  createInviteAction,
  leaveFamilyAction,
  removeMemberAction,
  revokeInviteAction,
  transferOwnershipAction,
} from "@/app/family/[familyId]/members/actions";

const FamilyId = ({ familyId }: { familyId: string }) => <input type="hidden" name="familyId" value={familyId} />;

/** Creates an invitation and shows its link once: only a hash is kept, so it cannot be shown again. */
export function InviteForm({ familyId }: { familyId: string }) {
  const [state, action, pending] = useActionState(createInviteAction, initialFormState);
  return (
    <form action={action} className="form">
      <FamilyId familyId={familyId} />
      {state.status === "success" && state.message ? (
        <div role="status">
          <p>
            <strong>Copy this link now and send it to the person you want to invite.</strong> It works once, for 7 days. We
            cannot show it again.
          </p>
          <p className="token-box" data-testid="invite-link">
            {state.message}
          </p>
        </div>
      ) : null}
      {state.status === "error" ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {state.status === "success" ? "Create another invitation link" : "Create an invitation link"}
      </button>
    </form>
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
