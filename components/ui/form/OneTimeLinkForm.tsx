"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { FormStateContext } from "./ActionForm";


type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form whose success is a secret link, shown exactly once: only a hash of its token is stored,
 * so it cannot be shown again. Optional fields go in children; errors show next to them.
 */
export function OneTimeLinkForm({
  action,
  submitLabel,
  againLabel,
  explanation,
  children,
  testId,
}: {
  action: Action;
  submitLabel: string;
  againLabel: string;
  explanation: string;
  children?: React.ReactNode;
  testId: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className="form" noValidate>
        {state.status === "success" && state.message ? (
          <div role="status">
            <p>
              <strong>Copy this link now.</strong> {explanation} We cannot show it again.
            </p>
            <p className="token-box" data-testid={testId}>
              {state.message}
            </p>
          </div>
        ) : null}
        {state.status === "error" && state.message ? (
          <p role="alert" className="form-error">
            {state.message}
          </p>
        ) : null}
        {children}
        <button type="submit" className="button" disabled={pending}>
          {state.status === "success" ? againLabel : submitLabel}
        </button>
      </form>
    </FormStateContext.Provider>
  );
}

