"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

export function CreateFamilyForm({ action }: { action: FormAction }) {
  const t = useTranslations("Family.form");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      <TextField name="name" label={t("name")} required maxLength={80} hint={t("nameHint")} />
      <TextField name="lovedOneName" label={t("lovedOne")} maxLength={40} hint={t("lovedOneHint")} />
    </ActionForm>
  );
}
