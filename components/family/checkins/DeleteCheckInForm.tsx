import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/form/ActionForm";
import type { FormAction } from "@/lib/forms/form-state";
import { CheckboxField } from "./CheckboxField";


/** Deleting asks for a tick first, so it cannot happen with one stray tap (and needs no JavaScript). */
export async function DeleteCheckInForm({ action }: { action: FormAction }) {
  const t = await getTranslations("CheckInForm");
  return (
    <ActionForm action={action} submitLabel={t("deleteButton")} danger>
      <CheckboxField name="confirm" label={t("deleteConfirm")} hint={t("deleteHint")} />
    </ActionForm>
  );
}
