import type { Metadata } from "next";
import { previewResetLink } from "@/lib/account/reset-links";
import { ResetWithLinkForm } from "@/components/account/RecoveryForms";
import { resetWithLinkAction } from "@/app/(app)/(auth)/actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A reset link from the family's owner. Opening it changes nothing; only the form does. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await previewResetLink(token);
  if (link.status !== "open") {
    return (
      <div className="page">
        <h1>This link no longer works</h1>
        <p>
          {link.status === "used"
            ? "It was already used to choose a new password."
            : link.status === "expired"
              ? "It was good for 24 hours, and that time is over."
              : "It was ended, or it is not a link we made."}{" "}
          Ask the owner of your family space for a new one, or use your recovery code.
        </p>
        <p>
          <a href="/sign-in/recover">Use a recovery code</a> · <a href="/sign-in">Sign in</a>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>Choose a new password, {link.name}</h1>
      <p>The owner of your family space gave you this link. It works once. After this, you are signed out on every device.</p>
      <ResetWithLinkForm action={resetWithLinkAction.bind(null, token)} />
    </div>
  );
}
