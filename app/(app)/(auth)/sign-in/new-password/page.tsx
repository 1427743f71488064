import type { Metadata } from "next";
import { NewPasswordForm } from "@/components/account/RecoveryForms";
import { newPasswordAction } from "../../actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false }, referrer: "no-referrer" };

/**
 * Where the emailed link lands (better-auth checks the token and sends it here, or sends
 * ?error=INVALID_TOKEN). Opening it changes nothing; only the form does.
 */
export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  if (!token || error) {
    return (
      <div className="page">
        <h1>This link no longer works</h1>
        <p>It was already used, or its hour is over. You can ask for a new one.</p>
        <p>
          <a className="button" href="/sign-in/recover">
            Get a new link
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>Choose a new password</h1>
      <p>After this, you are signed out on every device, and you sign in with the new password.</p>
      <NewPasswordForm action={newPasswordAction.bind(null, token)} />
    </div>
  );
}
