"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import type { FormAction } from "@/lib/forms/form-state";

export function AcceptInviteForm({ action, familyName }: { action: FormAction; familyName: string }) {
  return (
    <ActionForm action={action} submitLabel={`Join ${familyName}`}>
    </ActionForm>
  );
}
