"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { revokeConnectionAction, setLevelAction } from "@/app/family/[familyId]/counselors/actions";
import { LevelChoice } from "./LevelChoice";
import { ConfirmActionForm } from "@/components/ui/form/ConfirmActionForm";

export function ConnectionLevelForm({ familyId, counselorId, level }: { familyId: string; counselorId: string; level: string }) {
  return (
    <ActionForm action={setLevelAction} submitLabel="Save what they may see">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="counselorId" value={counselorId} />
      <LevelChoice current={level} />
    </ActionForm>
  );
}

export function RevokeConnectionForm({ familyId, counselorId, name }: { familyId: string; counselorId: string; name: string }) {
  return (
    <ConfirmActionForm
      action={revokeConnectionAction}
      label={`End the connection with ${name}`}
      question={`End the connection with ${name}?`}
      consequence={`${name} will no longer see anything of your family space. They will be told only that your family ended the connection. To connect again, they must send a new link.`}
      confirmLabel="Yes, end the connection"
    >
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="counselorId" value={counselorId} />
    </ConfirmActionForm>
  );
}
