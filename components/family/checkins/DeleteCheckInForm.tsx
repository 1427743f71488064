import { ActionForm } from "@/components/ui/form/ActionForm";
import type { FormAction } from "@/lib/forms/form-state";
import { CheckboxField } from "./CheckboxField";


/** Deleting asks for a tick first, so it cannot happen with one stray tap (and needs no JavaScript). */
export function DeleteCheckInForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Delete this check-in" danger>
      <CheckboxField
        name="confirm"
        label="Yes, delete this check-in"
        hint="This cannot be undone. It will be gone for everyone in the family space."
      />
    </ActionForm>
  );
}
