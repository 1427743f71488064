"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

export function DeleteFamilyForm({ action, familyName }: { action: FormAction; familyName: string }) {
  return (
    <ActionForm action={action} submitLabel="Delete this family and everything in it" danger>
      <TextField name="confirmName" label={`Type the family's name to confirm: ${familyName}`} required autoComplete="off" />
    </ActionForm>
  );
}
