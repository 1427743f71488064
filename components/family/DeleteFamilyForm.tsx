"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import { deleteFamilyAction } from "@/app/family/[familyId]/settings/actions";

export function DeleteFamilyForm({ familyId, familyName }: { familyId: string; familyName: string }) {
  return (
    <ActionForm action={deleteFamilyAction} submitLabel="Delete this family and everything in it" danger>
      <input type="hidden" name="familyId" value={familyId} />
      <TextField name="confirmName" label={`Type the family's name to confirm: ${familyName}`} required autoComplete="off" />
    </ActionForm>
  );
}
