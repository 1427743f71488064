import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/schemas";
import { SignInForm } from "@/components/auth/SignInForm";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string; "signed-out"?: string }> }) {
  const { next, reset, "signed-out": signedOut } = await searchParams;
  if (await getCurrentUser()) redirect(safeNext(next));
  return (
    <div className="page">
      <h1>Sign in</h1>
      {signedOut === "1" ? (
        <p role="status" className="form-success">
          You are signed out.
        </p>
      ) : null}
      {reset === "done" ? (
        <p role="status" className="form-success">
          Your password is changed, and every device was signed out. Sign in with your new password.
        </p>
      ) : null}
      <SignInForm action={signInAction} next={next} />
      <p>
        <a href="/sign-in/recover">Forgot your password?</a>
      </p>
      <p>
        New here? <a href={`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`}>Create an account</a>
      </p>
    </div>
  );
}
