import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CounselorSignUpForm } from "@/components/counselor/CounselorForms";
import { counselorSignUpAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Counselor.signUp");
  return { title: t("title"), robots: { index: false } };
}
// Rendered per request: a page with a form gets the request's script nonce (docs/decisions/011-csp-and-headers.md).
export const dynamic = "force-dynamic";

export default async function CounselorSignUpPage() {
  const t = await getTranslations("Counselor.signUp");
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <CounselorSignUpForm action={counselorSignUpAction} />
      <p>{t.rich("haveAccount", { link: (chunks) => <a href="/sign-in?next=/counselor/become">{chunks}</a> })}</p>
    </div>
  );
}
