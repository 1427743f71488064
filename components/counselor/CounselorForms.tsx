"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { OneTimeLinkForm } from "@/components/ui/form/OneTimeLinkForm";
import { ConfirmActionForm } from "@/components/ui/form/ConfirmActionForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import { ForgetKeptPlans } from "@/components/auth/ForgetKeptPlans";
import type { FormAction } from "@/lib/forms/form-state";

/** Each form gets its action from its page (ids bound there). */

export function CounselorSignUpForm({ action }: { action: FormAction }) {
  return (
    <>
      <ForgetKeptPlans />
      <ActionForm action={action} submitLabel="Create counselor account">
        <TextField name="name" label="Your name" autoComplete="name" required maxLength={60} hint="Families will see this name." />
        <TextField name="organization" label="Organization" autoComplete="organization" maxLength={120} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
        <TextField name="password" label="Password" type="password" autoComplete="new-password" required maxLength={128} hint="At least 8 characters." />
      </ActionForm>
    </>
  );
}

export function BecomeCounselorForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Set up my counselor profile">
      <TextField name="organization" label="Organization" autoComplete="organization" maxLength={120} />
    </ActionForm>
  );
}

export function ReadingListForm({ action, pages }: { action: FormAction; pages: { value: string; label: string }[] }) {
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel="Create the link"
      againLabel="Create another link"
      explanation="Send it to the family. Anyone with the link can open it until it ends; no account needed."
      testId="reading-list-link"
      shareTitle="Reading chosen for you"
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

export function RevokeReadingListForm({ action }: { action: FormAction }) {
  return (
    <ConfirmActionForm
      action={action}
      label="End this link"
      question="End this reading list link?"
      consequence="The family will no longer be able to open it. This cannot be undone, but you can share a new link."
      confirmLabel="Yes, end this link"
    />
  );
}

export function ConnectionInviteForm({ action }: { action: FormAction }) {
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel="Create a link to connect a family"
      againLabel="Create another link"
      explanation="Send it to the family's owner. It works once, for 7 days. The family decides what you may see."
      testId="connection-link"
      shareTitle="Connect with your counselor"
    />
  );
}

export function RevokeConnectionInviteForm({ action }: { action: FormAction }) {
  return (
    <ConfirmActionForm
      action={action}
      label="End this link"
      question="End this connection link?"
      consequence="Nobody will be able to use it to connect. You can create a new link at any time."
      confirmLabel="Yes, end this link"
    />
  );
}
