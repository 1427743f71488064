"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextField } from "@/components/ui/form/fields";
import { changePasswordAction, deleteAccountAction, endOtherSessionsAction, endSessionAction } from "@/app/account/actions";

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} submitLabel="Change password">
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" required maxLength={128} hint="At least 8 characters. Other devices will be signed out." />
    </ActionForm>
  );
}

export function DeleteAccountForm() {
  return (
    <ActionForm action={deleteAccountAction} submitLabel="Delete my account" danger>
      <TextField name="password" label="Your password" type="password" autoComplete="current-password" required />
      <ChoiceGroup type="checkbox" name="confirm" label="Confirm" options={[{ value: "on", label: "I understand this cannot be undone." }]} required />
    </ActionForm>
  );
}

export function EndSessionForm({ sessionId, device }: { sessionId: string; device: string }) {
  return (
    <ActionForm action={endSessionAction} submitLabel={`Sign out ${device}`} className="inline-form">
      <input type="hidden" name="sessionId" value={sessionId} />
    </ActionForm>
  );
}

export function EndOtherSessionsForm() {
  return (
    <ActionForm action={endOtherSessionsAction} submitLabel="Sign out every other device" className="form">
      {null}
    </ActionForm>
  );
}
