import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { ForgotPasswordForm, RecoverWithCodeForm } from "@/components/account/RecoveryForms";
import { mailConfigured } from "@/lib/env";
import { forgotPasswordAction, recoverWithCodeAction } from "../../actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default async function RecoverPage() {
  if (await getCurrentUser()) redirect("/account");
  return (
    <div className="page">
      <h1>Forgot your password?</h1>
      {mailConfigured() ? (
        <>
          <h2>Get a link by email</h2>
          <p>We send a link to choose a new password. It works once, for one hour.</p>
          <ForgotPasswordForm action={forgotPasswordAction} />
          <h2>Or use your recovery code</h2>
        </>
      ) : null}
      <p>Use the recovery code you saved when you made your account. You choose a new password here, and every device is signed out.</p>
      <RecoverWithCodeForm action={recoverWithCodeAction} />
      <h2>No recovery code?</h2>
      <p>
        If you are a member of a family space, ask its owner to give you a password reset link from the Members page. It works once, for 24
        hours.
      </p>
      <p>
        <a href="/sign-in">Back to sign in</a>
      </p>
    </div>
  );
}
