"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextField } from "@/components/ui/form/fields";
import { CopyLink, useLandOnSuccess } from "@/components/ui/form/OneTimeLinkForm";
import { FormStateContext } from "@/components/ui/form/ActionForm";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";

/** Each form gets its action from its page; a link's token is bound there. */

/**
 * Makes a recovery code and shows it, once. `continueTo` (after sign-up) is where the person goes
 * next: "Skip for now" before the code is shown, "I have saved it" after.
 */
export function RecoveryCodeForm({ action, hasCode, continueTo }: { action: FormAction; hasCode: boolean; continueTo?: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const code = state.status === "success" ? state.message : undefined;
  // The button that made it disappears with the code: focus goes to the code, as with every
  // one-time link (decision 042), not to the page's body.
  const codeBox = useLandOnSuccess(state);
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className="form" noValidate>
        {code ? (
          <div ref={codeBox} tabIndex={-1} className="one-time-link recovery-code scroll-mt-20 focus:outline-3 focus:outline-offset-4 focus:outline-[#f2b300]">
            <p>
              <strong>Your recovery code.</strong> Write it down or keep it in a password manager, somewhere the person you worry about cannot
              see it. We cannot show it again.
            </p>
            <CopyLink link={code} testId="recovery-code" kind="code" />
          </div>
        ) : null}
        {state.status === "error" && state.message ? (
          <p role="alert" className="form-error">
            {state.message}
          </p>
        ) : null}
        {code ? null : (
          <button type="submit" className="button" disabled={pending}>
            {hasCode ? "Make a new recovery code" : "Show my recovery code"}
          </button>
        )}
        {hasCode && !code ? <p className="muted">Your old code stops working when you make a new one.</p> : null}
      </form>
      {continueTo ? (
        <p>
          <a className={code ? "button" : undefined} href={continueTo}>
            {code ? "I have saved it. Continue" : "Skip for now"}
          </a>
        </p>
      ) : null}
    </FormStateContext.Provider>
  );
}

export function RecoverWithCodeForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Set my new password">
      <TextField name="email" label="Email" type="email" autoComplete="email" required />
      <TextField name="code" label="Recovery code" autoComplete="off" required maxLength={40} hint="20 letters and numbers, like ABCD-EFGH-JKMN-PQRS-TVWX. Dashes and spaces are fine." />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" required maxLength={128} hint="At least 8 characters. You will be signed out on every device." />
    </ActionForm>
  );
}

/** A new password, twice, for a link's token: the owner's reset link, or the emailed one. */
function ChooseNewPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Set my new password">
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" required maxLength={128} hint="At least 8 characters. A few unrelated words together are easy to remember and hard to guess." />
      <TextField name="confirmPassword" label="The same password again" type="password" autoComplete="new-password" required maxLength={128} />
    </ActionForm>
  );
}

export function ResetWithLinkForm({ action }: { action: FormAction }) {
  return <ChooseNewPasswordForm action={action} />;
}

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Email me a link">
      <TextField name="email" label="Email" type="email" autoComplete="email" required />
    </ActionForm>
  );
}

export function NewPasswordForm({ action }: { action: FormAction }) {
  return <ChooseNewPasswordForm action={action} />;
}
