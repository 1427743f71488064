import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewPasswordForm } from "@/components/account/RecoveryForms";
import { newPasswordAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.newPassword");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * Where the emailed link lands (better-auth checks the token and sends it here, or sends
 * ?error=INVALID_TOKEN). Opening it changes nothing; only the form does.
 */
export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  const t = await getTranslations("Auth.newPassword");
  if (!token || error) {
    return (
      <div className="page">
        <h1>{t("brokenHeading")}</h1>
        <p>{t("brokenText")}</p>
        <p>
          <a className="button" href="/sign-in/recover">
            {t("getNew")}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <NewPasswordForm action={newPasswordAction.bind(null, token)} />
    </div>
  );
}
