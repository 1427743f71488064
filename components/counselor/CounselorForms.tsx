"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { OneTimeLinkForm } from "@/components/ui/form/OneTimeLinkForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import {
  becomeCounselorAction,
  counselorSignUpAction,
  createConnectionInviteAction,
  createReadingListAction,
  revokeConnectionInviteAction,
  revokeReadingListAction,
} from "@/app/counselor/actions";

export function CounselorSignUpForm() {
  return (
    <ActionForm action={counselorSignUpAction} submitLabel="Create counselor account">
      <TextField name="name" label="Your name" autoComplete="name" required maxLength={60} hint="Families will see this name." />
      <TextField name="organization" label="Organization" autoComplete="organization" maxLength={120} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" required maxLength={128} hint="At least 8 characters." />
    </ActionForm>
  );
}

export function BecomeCounselorForm() {
  return (
    <ActionForm action={becomeCounselorAction} submitLabel="Set up my counselor profile">
      <TextField name="organization" label="Organization" autoComplete="organization" maxLength={120} />
    </ActionForm>
  );
}

export function ReadingListForm({ pages }: { pages: { value: string; label: string }[] }) {
  return (
    <OneTimeLinkForm
      action={createReadingListAction}
      submitLabel="Create the link"
      againLabel="Create another link"
      explanation="Send it to the family. Anyone with the link can open it until it ends; no account needed."
      testId="reading-list-link"
    >
      <ChoiceGroup type="checkbox" name="pages" label="Pages to share" options={pages} required />
      <TextArea name="note" label="A short note for the family" maxLength={1000} hint="Plain text, up to 1,000 characters. The family sees it." />
      <TextField name="label" label="Private label" maxLength={80} hint='Only you see this, for example "for the M. family".' />
      <ChoiceGroup
        type="radio"
        name="days"
        label="The link ends after"
        defaultValue="30"
        options={[
          { value: "7", label: "7 days" },
          { value: "30", label: "30 days" },
          { value: "90", label: "90 days" },
        ]}
        required
      />
    </OneTimeLinkForm>
  );
}

export function RevokeReadingListForm({ listId }: { listId: string }) {
  return (
    <ActionForm action={revokeReadingListAction} submitLabel="End this link" className="inline-form" danger>
      <input type="hidden" name="listId" value={listId} />
    </ActionForm>
  );
}

export function ConnectionInviteForm() {
  return (
    <OneTimeLinkForm
      action={createConnectionInviteAction}
      submitLabel="Create a link to connect a family"
      againLabel="Create another link"
      explanation="Send it to the family's owner. It works once, for 7 days. The family decides what you may see."
      testId="connection-link"
    />
  );
}

export function RevokeConnectionInviteForm({ inviteId }: { inviteId: string }) {
  return (
    <ActionForm action={revokeConnectionInviteAction} submitLabel="End this link" className="inline-form" danger>
      <input type="hidden" name="inviteId" value={inviteId} />
    </ActionForm>
  );
}
