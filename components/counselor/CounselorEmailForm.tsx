"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { CheckboxField } from "@/components/family/checkins/CheckboxField";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The counselor's one choice: email when a family connects, changes what they share, or ends it.
 * Shown only when the site sends email (the page says plainly when it does not).
 */
export function CounselorEmailForm({ action, enabled }: { action: (state: FormState, formData: FormData) => Promise<FormState>; enabled: boolean }) {
  const t = useTranslations("Counselor.emailForm");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      <CheckboxField name="emailNotices" value="on" label={t("label")} hint={t("hint")} defaultChecked={enabled} />
    </ActionForm>
  );
}
