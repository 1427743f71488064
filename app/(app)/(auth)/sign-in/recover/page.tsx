import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { ForgotPasswordForm, RecoverWithCodeForm } from "@/components/account/RecoveryForms";
import { mailConfigured } from "@/lib/env";
import { forgotPasswordAction, recoverWithCodeAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.recover");
  return { title: t("title"), robots: { index: false } };
}

export default async function RecoverPage() {
  if (await getCurrentUser()) redirect("/account");
  const t = await getTranslations("Auth.recover");
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      {mailConfigured() ? (
        <>
          <h2>{t("byEmail")}</h2>
          <p>{t("byEmailText")}</p>
          <ForgotPasswordForm action={forgotPasswordAction} />
          <h2>{t("orCode")}</h2>
        </>
      ) : null}
      <p>{t("codeText")}</p>
      <RecoverWithCodeForm action={recoverWithCodeAction} />
      <h2>{t("noCode")}</h2>
      <p>{t("noCodeText")}</p>
      <p>
        <a href="/sign-in">{t("back")}</a>
      </p>
    </div>
  );
}
