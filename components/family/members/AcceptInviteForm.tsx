"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { acceptInviteAction } from "@/app/invite/[token]/actions";

export function AcceptInviteForm({ token, familyName }: { token: string; familyName: string }) {
  return (
    <ActionForm action={acceptInviteAction} submitLabel={`Join ${familyName}`}>
      <input type="hidden" name="token" value={token} />
    </ActionForm>
  );
}
