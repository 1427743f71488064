"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup } from "@/components/ui/form/fields";
import { OneTimeLinkForm } from "@/components/ui/form/OneTimeLinkForm";
import type { FormAction } from "@/lib/forms/form-state";

/** Each form gets its action from the page, with the ids already bound (app/family/[familyId]/members/page.tsx). */
/** Creates an invitation and shows its link once. */
export function InviteForm({ action }: { action: FormAction }) {
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel="Create an invitation link"
      againLabel="Create another invitation link"
      explanation="Send it to the person you want to invite. It works once, for 7 days."
      testId="invite-link"
      shareTitle="Join our family space"
    >
    </OneTimeLinkForm>
  );
}

export function RevokeInviteForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Revoke" className="inline-form">
    </ActionForm>
  );
}

export function RemoveMemberForm({ action, name }: { action: FormAction; name: string }) {
  return (
    <ActionForm action={action} submitLabel={`Remove ${name}`} className="inline-form" danger>
    </ActionForm>
  );
}

export function TransferOwnershipForm({ action, members }: { action: FormAction; members: { userId: string; name: string }[] }) {
  return (
    <ActionForm action={action} submitLabel="Hand over ownership">
      <ChoiceGroup type="radio" name="newOwner" label="New owner" options={members.map((m) => ({ value: m.userId, label: m.name }))} required />
    </ActionForm>
  );
}

export function LeaveFamilyForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Leave this family" danger>
    </ActionForm>
  );
}

/** A password reset link for a locked-out member: shown once, works once, for 24 hours. */
export function ResetLinkForm({ action, name }: { action: FormAction; name: string }) {
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel={`Give ${name} a password reset link`}
      againLabel={`Give ${name} another reset link`}
      explanation={`Give it only to ${name}, in person or by a message you trust. It works once, for 24 hours, and signs them out everywhere.`}
      testId="reset-link"
      shareTitle="A link to choose a new password"
    >
    </OneTimeLinkForm>
  );
}

export function RevokeResetLinkForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="End this link" className="inline-form">
    </ActionForm>
  );
}
