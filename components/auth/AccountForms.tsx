"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

/** Each form gets its action from the page (app/account/page.tsx), a device's session id already bound. */

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("Account");
  return (
    <ActionForm action={action} submitLabel={t("changePassword")}>
      <TextField name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" required />
      <TextField name="newPassword" label={t("newPassword")} type="password" autoComplete="new-password" required maxLength={128} hint={t("newPasswordHint")} />
    </ActionForm>
  );
}

export function DeleteAccountForm({ action }: { action: FormAction }) {
  const t = useTranslations("Account");
  return (
    <ActionForm action={action} submitLabel={t("deleteSubmit")} danger>
      <TextField name="password" label={t("yourPassword")} type="password" autoComplete="current-password" required />
      <ChoiceGroup type="checkbox" name="confirm" label={t("confirm")} options={[{ value: "on", label: t("confirmText") }]} required />
    </ActionForm>
  );
}

/** `device`: the device's name, already in the reader's words (lib/auth/device.ts deviceName). */
export function EndSessionForm({ action, device }: { action: FormAction; device: string }) {
  const t = useTranslations("Account");
  return <ActionForm action={action} submitLabel={t("endOne", { device })} className="inline-form"></ActionForm>;
}

export function EndOtherSessionsForm({ action }: { action: FormAction }) {
  const t = useTranslations("Account");
  return (
    <ActionForm action={action} submitLabel={t("endOthers")} className="form">
      {null}
    </ActionForm>
  );
}
