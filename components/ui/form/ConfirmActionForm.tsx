"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";
import { useHydrated } from "./client-only";


/**
 * A dangerous action (ending a link, ending a connection) that asks first.
 * - Without JavaScript: the red button submits; the server refuses without confirm=yes and the
 *   form comes back with a "Yes, …" checkbox, so the second submit does it.
 * - With JavaScript: the red button opens a dialog that says what will happen, with "Keep it"
 *   (focused first) and the red "Yes, …" button, which sends confirm=yes.
 * The server checks confirm=yes either way (lib/sharing/confirm.ts).
 */
export function ConfirmActionForm({
  action,
  label,
  question,
  consequence,
  confirmLabel,
  keepLabel,
  children,
}: {
  action: FormAction;
  /** The red button, e.g. "End this link". */
  label: string;
  /** The dialog's heading, e.g. "End this link?" */
  question: string;
  /** What happens, in plain words. */
  consequence: string;
  /** The checkbox and the dialog's red button, e.g. "Yes, end this link". */
  confirmLabel: string;
  keepLabel?: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("Forms");
  const [state, formAction] = useActionState(action, initialFormState);
  const enhanced = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  // An answer arrived: the dialog has done its job.
  useEffect(() => dialog.current?.close(), [state]);
  const askAgain = Boolean(state.fieldErrors?.confirm?.length);
  const otherError = state.status === "error" && !askAgain ? state.message : undefined;

  return (
    <form action={formAction} className="confirm-form" noValidate>
      {children}
      {otherError ? (
        <p role="alert" className="form-error">
          {otherError}
        </p>
      ) : null}
      {state.status === "success" && state.message ? (
        <p role="status" className="form-success">
          {state.message}
        </p>
      ) : null}
      {askAgain && !enhanced ? (
        <div className="confirm-again">
          <p className="field-error" id={`${id}-error`}>
            {consequence} {t("tickAgain")}
          </p>
          <label className="choice">
            <input type="checkbox" name="confirm" value="yes" aria-describedby={`${id}-error`} />
            <span>{confirmLabel}</span>
          </label>
        </div>
      ) : null}
      {state.status === "success" ? null : enhanced ? (
        <>
          <button type="button" className="button button-danger" onClick={() => dialog.current?.showModal()}>
            {label}
          </button>
          <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-q`} aria-describedby={`${id}-c`}>
            <h2 id={`${id}-q`}>{question}</h2>
            <p id={`${id}-c`}>{consequence}</p>
            <div className="confirm-dialog-actions">
              <button type="button" className="button button-secondary" autoFocus onClick={() => dialog.current?.close()}>
                {keepLabel ?? t("keepIt")}
              </button>
              <SubmitButton label={confirmLabel} name="confirm" value="yes" />
            </div>
          </dialog>
        </>
      ) : (
        <SubmitButton label={label} />
      )}
    </form>
  );
}

function SubmitButton({ label, name, value }: { label: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Forms");
  return (
    <button type="submit" name={name} value={value} className="button button-danger" disabled={pending} aria-disabled={pending}>
      {pending ? t("working") : label}
    </button>
  );
}
