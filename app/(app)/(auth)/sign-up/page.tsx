import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/schemas";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { signUpAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.signUp");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentUser()) redirect(safeNext(next));
  const t = await getTranslations("Auth.signUp");
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <SignUpForm action={signUpAction} next={next} />
      <p>{t.rich("haveAccount", { link: (chunks) => <a href={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{chunks}</a> })}</p>
    </div>
  );
}
