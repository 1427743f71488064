"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";
import { ForgetKeptPlans } from "./ForgetKeptPlans";

export function SignInForm({ action, next }: { action: FormAction; next?: string }) {
  const t = useTranslations("Auth");
  return (
    <>
      <ForgetKeptPlans />
      <ActionForm action={action} submitLabel={t("signIn.submit")}>
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField name="email" label={t("fields.email")} type="email" autoComplete="email" required />
        <TextField name="password" label={t("fields.password")} type="password" autoComplete="current-password" required maxLength={128} />
      </ActionForm>
    </>
  );
}
