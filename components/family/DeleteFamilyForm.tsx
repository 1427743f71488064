"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

export function DeleteFamilyForm({ action, familyName }: { action: FormAction; familyName: string }) {
  const t = useTranslations("FamilySettings");
  return (
    <ActionForm action={action} submitLabel={t("deleteSubmit")} danger>
      <TextField name="confirmName" label={t("confirmName", { name: familyName })} required autoComplete="off" />
    </ActionForm>
  );
}
