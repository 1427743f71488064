"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";
import { ForgetKeptPlans } from "./ForgetKeptPlans";

export function SignUpForm({ action, next }: { action: FormAction; next?: string }) {
  const t = useTranslations("Auth");
  return (
    <>
      <ForgetKeptPlans />
      <ActionForm action={action} submitLabel={t("signUp.submit")}>
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField name="name" label={t("fields.name")} autoComplete="given-name" required maxLength={60} />
        <TextField name="email" label={t("fields.email")} type="email" autoComplete="email" required />
        <TextField name="password" label={t("fields.password")} type="password" autoComplete="new-password" required maxLength={128} hint={t("fields.passwordHint")} />
      </ActionForm>
    </>
  );
}
