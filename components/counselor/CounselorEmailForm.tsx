"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { CheckboxField } from "@/components/family/checkins/CheckboxField";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The counselor's one choice: email when a family connects, changes what they share, or ends it.
 * Shown only when the site sends email (the page says plainly when it does not).
 */
export function CounselorEmailForm({ action, enabled }: { action: (state: FormState, formData: FormData) => Promise<FormState>; enabled: boolean }) {
  return (
    <ActionForm action={action} submitLabel="Save">
      <CheckboxField
        name="emailNotices"
        value="on"
        label="Email me when a family connects, changes what they share, or ends the connection"
        hint="The email only says there is something new, with a link. The details are here."
        defaultChecked={enabled}
      />
    </ActionForm>
  );
}
