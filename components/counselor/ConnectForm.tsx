"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup } from "@/components/ui/form/fields";
import { connectFamilyAction } from "@/app/connect/[token]/actions";
import { LevelChoice } from "./LevelChoice";

export function ConnectForm({ token, families }: { token: string; families: { id: string; name: string }[] }) {
  return (
    <ActionForm action={connectFamilyAction} submitLabel="Connect">
      <input type="hidden" name="token" value={token} />
      <ChoiceGroup
        type="radio"
        name="familyId"
        label="Which family space?"
        options={families.map((f) => ({ value: f.id, label: f.name }))}
        defaultValue={families.length === 1 ? families[0]!.id : undefined}
        required
      />
      <LevelChoice current="none" />
      <p className="field-hint">You can change this or end the connection at any time, from your family space.</p>
    </ActionForm>
  );
}
