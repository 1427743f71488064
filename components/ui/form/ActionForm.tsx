"use client";

import { createContext, useActionState, useContext } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { initialFormState, type FormAction, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./ErrorSummary";


export const FormStateContext = createContext<FormState>(initialFormState);
export const useFieldState = () => useContext(FormStateContext);

/**
 * A form bound to a server action. Works without JavaScript (progressive enhancement); with it,
 * errors appear next to the fields and everything typed is kept.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  className,
  danger = false,
  successMessage,
  errorSummary,
  extraActions,
}: {
  action: FormAction;
  children?: React.ReactNode;
  submitLabel: string;
  className?: string;
  danger?: boolean;
  successMessage?: string;
  /** A form whose field names need friendlier words passes its own summary. */
  errorSummary?: React.ReactNode;
  /** More submit buttons beside the main one (for example "Save and add another"). */
  extraActions?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className ?? "form"} noValidate>
        {state.status === "error" ? (errorSummary ?? <ErrorSummary />) : null}
        {state.status === "success" && (state.message ?? successMessage) ? (
          <p role="status" className="form-success">
            {state.message ?? successMessage}
          </p>
        ) : null}
        {children}
        {extraActions ? (
          <div className="form-actions">
            <SubmitButton label={submitLabel} danger={danger} />
            {extraActions}
          </div>
        ) : (
          <SubmitButton label={submitLabel} danger={danger} />
        )}
      </form>
    </FormStateContext.Provider>
  );
}

/** The form's submit button; a long form may show a second one earlier (both submit the same form). */
export function SubmitButton({ label, danger = false }: { label: string; danger?: boolean }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Forms");
  return (
    <button type="submit" className={danger ? "button button-danger" : "button"} disabled={pending} aria-disabled={pending}>
      {pending ? t("saving") : label}
    </button>
  );
}
