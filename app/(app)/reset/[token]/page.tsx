import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { previewResetLink } from "@/lib/account/reset-links";
import { ResetWithLinkForm } from "@/components/account/RecoveryForms";
import { resetWithLinkAction } from "@/app/(app)/(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reset");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A reset link from the family's owner. Opening it changes nothing; only the form does. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await previewResetLink(token);
  const t = await getTranslations("Reset");
  if (link.status !== "open") {
    return (
      <div className="page">
        <h1>{t("brokenHeading")}</h1>
        <p>
          {link.status === "used" ? t("used") : link.status === "expired" ? t("expired") : t("unknown")} {t("askOwner")}
        </p>
        <p>
          <a href="/sign-in/recover">{t("useCode")}</a> · <a href="/sign-in">{t("signIn")}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t("heading", { name: link.name ?? "" })}</h1>
      <p>{t("intro")}</p>
      <ResetWithLinkForm action={resetWithLinkAction.bind(null, token)} />
    </div>
  );
}
