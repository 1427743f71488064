"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ConfirmActionForm } from "@/components/ui/form/ConfirmActionForm";
import type { FormAction } from "@/lib/forms/form-state";
import { LevelChoice } from "./LevelChoice";

/** The actions come from the page with the family and counselor bound (app/family/[familyId]/counselors/page.tsx). */
export function ConnectionLevelForm({ action, level }: { action: FormAction; level: string }) {
  const t = useTranslations("FamilyCounselors.forms");
  return (
    <ActionForm action={action} submitLabel={t("saveLevel")}>
      <LevelChoice current={level} />
    </ActionForm>
  );
}

export function RevokeConnectionForm({ action, name }: { action: FormAction; name: string }) {
  const t = useTranslations("FamilyCounselors.forms");
  return (
    <ConfirmActionForm
      action={action}
      label={t("endLabel", { name })}
      question={t("endQuestion", { name })}
      consequence={t("endConsequence", { name })}
      confirmLabel={t("endConfirm")}
      keepLabel={t("keep")}
    />
  );
}
