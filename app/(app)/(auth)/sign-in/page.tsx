import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/schemas";
import { SignInForm } from "@/components/auth/SignInForm";
import { signInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.signIn");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string; "signed-out"?: string }> }) {
  const { next, reset, "signed-out": signedOut } = await searchParams;
  if (await getCurrentUser()) redirect(safeNext(next));
  const t = await getTranslations("Auth.signIn");
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      {signedOut === "1" ? (
        <p role="status" className="form-success">
          {t("signedOut")}
        </p>
      ) : null}
      {reset === "done" ? (
        <p role="status" className="form-success">
          {t("resetDone")}
        </p>
      ) : null}
      <SignInForm action={signInAction} next={next} />
      <p>
        <a href="/sign-in/recover">{t("forgot")}</a>
      </p>
      <p>{t.rich("newHere", { link: (chunks) => <a href={`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{chunks}</a> })}</p>
    </div>
  );
}
