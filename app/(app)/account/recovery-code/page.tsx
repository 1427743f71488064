import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/schemas";
import { recoveryCodeMadeAt } from "@/lib/account/recovery";
import { RecoveryCodeForm } from "@/components/account/RecoveryForms";
import { Moment } from "@/components/ui/Moment";
import { makeRecoveryCodeAction } from "../actions";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "Your recovery code", robots: { index: false } };

/** Right after sign-up (welcome=1), and from /account: make a recovery code, shown once. */
export default async function RecoveryCodePage({ searchParams }: { searchParams: Promise<{ welcome?: string; next?: string }> }) {
  const query = await searchParams;
  const welcome = query.welcome === "1";
  const user = await requireUser("/account/recovery-code");
  const madeAt = await recoveryCodeMadeAt({ userId: user.id });
  return (
    <div className="page">
      <SignedIn />
      <h1>{welcome ? "One more step: your recovery code" : "Your recovery code"}</h1>
      <p>
        If you ever forget your password, this code lets you choose a new one from the sign-in page. Nobody else can do it for you, so
        keep the code somewhere safe and private.
      </p>
      {madeAt && !welcome ? (
        <p>
          You made your current code on <Moment date={madeAt} dayOnly />.
        </p>
      ) : null}
      <RecoveryCodeForm action={makeRecoveryCodeAction} hasCode={!!madeAt} continueTo={welcome ? safeNext(query.next) : undefined} />
      {welcome ? null : (
        <p>
          <a href="/account">Back to your account</a>
        </p>
      )}
    </div>
  );
}
