"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("Recovery");
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
            <p>{t.rich("codeShown", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
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
            {hasCode ? t("makeNew") : t("show")}
          </button>
        )}
        {hasCode && !code ? <p className="muted">{t("oldStops")}</p> : null}
      </form>
      {continueTo ? (
        <p>
          <a className={code ? "button" : undefined} href={continueTo}>
            {code ? t("saved") : t("skip")}
          </a>
        </p>
      ) : null}
    </FormStateContext.Provider>
  );
}

export function RecoverWithCodeForm({ action }: { action: FormAction }) {
  const t = useTranslations();
  return (
    <ActionForm action={action} submitLabel={t("Auth.fields.setPassword")}>
      <TextField name="email" label={t("Auth.fields.email")} type="email" autoComplete="email" required />
      <TextField name="code" label={t("Recovery.codeLabel")} autoComplete="off" required maxLength={40} hint={t("Recovery.codeHint")} />
      <TextField
        name="newPassword"
        label={t("Auth.fields.newPassword")}
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        hint={t("Auth.fields.newPasswordSignedOutHint")}
      />
    </ActionForm>
  );
}

/** A new password, twice, for a link's token: the owner's reset link, or the emailed one. */
function ChooseNewPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("Auth.fields");
  return (
    <ActionForm action={action} submitLabel={t("setPassword")}>
      <TextField name="newPassword" label={t("newPassword")} type="password" autoComplete="new-password" required maxLength={128} hint={t("passwordHint")} />
      <TextField name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" required maxLength={128} />
    </ActionForm>
  );
}

export function ResetWithLinkForm({ action }: { action: FormAction }) {
  return <ChooseNewPasswordForm action={action} />;
}

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("Auth");
  return (
    <ActionForm action={action} submitLabel={t("recover.emailMe")}>
      <TextField name="email" label={t("fields.email")} type="email" autoComplete="email" required />
    </ActionForm>
  );
}

export function NewPasswordForm({ action }: { action: FormAction }) {
  return <ChooseNewPasswordForm action={action} />;
}
