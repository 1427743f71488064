"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { ConfirmActionForm } from "@/components/ui/form/ConfirmActionForm";
import type { FormAction } from "@/lib/forms/form-state";
import { LevelChoice } from "./LevelChoice";

/** The actions come from the page with the family and counselor bound (app/family/[familyId]/counselors/page.tsx). */
export function ConnectionLevelForm({ action, level }: { action: FormAction; level: string }) {
  return (
    <ActionForm action={action} submitLabel="Save what they may see">
      <LevelChoice current={level} />
    </ActionForm>
  );
}

export function RevokeConnectionForm({ action, name }: { action: FormAction; name: string }) {
  return (
    <ConfirmActionForm
      action={action}
      label={`End the connection with ${name}`}
      question={`End the connection with ${name}?`}
      consequence={`${name} will no longer see anything of your family space. They will be told only that your family ended the connection. To connect again, they must send a new link.`}
      confirmLabel="Yes, end the connection"
    />
  );
}
