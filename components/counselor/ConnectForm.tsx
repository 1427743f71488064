"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";
import { LevelChoice } from "./LevelChoice";

/** `action` comes from the page with the link's token bound. */
export function ConnectForm({ action, families }: { action: FormAction; families: { id: string; name: string }[] }) {
  const t = useTranslations("Connect.form");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      <ChoiceGroup
        type="radio"
        name="familyId"
        label={t("family")}
        options={families.map((f) => ({ value: f.id, label: f.name }))}
        defaultValue={families.length === 1 ? families[0]!.id : undefined}
        required
      />
      <LevelChoice current="none" />
      <p className="field-hint">{t("hint")}</p>
    </ActionForm>
  );
}
