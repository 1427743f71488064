import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/schemas";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentUser()) redirect(safeNext(next));
  return (
    <div className="page">
      <h1>Create your account</h1>
      <p>
        Your family space is private. Only the people you invite can see it. We do not track you or share anything.
      </p>
      <SignUpForm action={signUpAction} next={next} />
      <p>
        Already have an account? <a href={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>Sign in</a>
      </p>
    </div>
  );
}
