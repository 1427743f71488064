"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import type { FormAction } from "@/lib/forms/form-state";
import { ForgetKeptPlans } from "./ForgetKeptPlans";

export function SignUpForm({ action, next }: { action: FormAction; next?: string }) {
  return (
    <>
      <ForgetKeptPlans />
      <ActionForm action={action} submitLabel="Create account">
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField name="name" label="Your first name or a nickname" autoComplete="given-name" required maxLength={60} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          maxLength={128}
          hint="At least 8 characters. A few unrelated words together are easy to remember and hard to guess."
        />
      </ActionForm>
    </>
  );
}
