"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

/** Each form gets its action from the page (app/account/page.tsx), a device's session id already bound. */

export function ChangePasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Change password">
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" required maxLength={128} hint="At least 8 characters. Other devices will be signed out." />
    </ActionForm>
  );
}

export function DeleteAccountForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Delete my account" danger>
      <TextField name="password" label="Your password" type="password" autoComplete="current-password" required />
      <ChoiceGroup type="checkbox" name="confirm" label="Confirm" options={[{ value: "on", label: "I understand this cannot be undone." }]} required />
    </ActionForm>
  );
}

export function EndSessionForm({ action, device }: { action: FormAction; device: string }) {
  return (
    <ActionForm action={action} submitLabel={`Sign out ${device}`} className="inline-form">
    </ActionForm>
  );
}

export function EndOtherSessionsForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Sign out every other device" className="form">
      {null}
    </ActionForm>
  );
}
