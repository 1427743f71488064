"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import type { FormAction } from "@/lib/forms/form-state";

export function AcceptInviteForm({ action, familyName }: { action: FormAction; familyName: string }) {
  const t = useTranslations("Invite");
  return <ActionForm action={action} submitLabel={t("join", { name: familyName })}></ActionForm>;
}
