"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { revokeConnectionAction, setLevelAction } from "@/app/family/[familyId]/counselors/actions";
import { LevelChoice } from "./LevelChoice";

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
    <ActionForm action={revokeConnectionAction} submitLabel={`End the connection with ${name}`} danger>
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="counselorId" value={counselorId} />
    </ActionForm>
  );
}
