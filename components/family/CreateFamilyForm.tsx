"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";

export function CreateFamilyForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Create family space">
      <TextField name="name" label="Name of your family space" required maxLength={80} hint='For example "The Rivera family". Only members see it.' />
      <TextField name="lovedOneName" label="Your loved one's first name or a nickname" maxLength={40} hint="You can leave this empty." />
    </ActionForm>
  );
}
