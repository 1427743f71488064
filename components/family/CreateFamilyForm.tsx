"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

/**
 * The example's surname is a value, not part of the message: every private page carries the
 * messages, and a family's name ("The Rivera family") must not appear on a page about another
 * family (tests/e2e/notifications.spec.ts checks a stranger's 404).
 */
export function CreateFamilyForm({ action }: { action: FormAction }) {
  const t = useTranslations("Family.form");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      <TextField name="name" label={t("name")} required maxLength={80} hint={t("nameHint", { surname: "Rivera" })} />
      <TextField name="lovedOneName" label={t("lovedOne")} maxLength={40} hint={t("lovedOneHint")} />
    </ActionForm>
  );
}
