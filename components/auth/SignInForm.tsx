"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";
import { ForgetKeptPlans } from "./ForgetKeptPlans";

export function SignInForm({ action, next }: { action: FormAction; next?: string }) {
  return (
    <>
      <ForgetKeptPlans />
      <ActionForm action={action} submitLabel="Sign in">
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required maxLength={128} />
      </ActionForm>
    </>
  );
}
