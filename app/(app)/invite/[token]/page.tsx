import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { previewInvite } from "@/lib/family/members";
import { personLocale } from "@/lib/i18n/person-locale";
import { localePath } from "@/lib/i18n/locales";
import { acceptInviteAction } from "./actions";
import { AcceptInviteForm } from "@/components/family/members/AcceptInviteForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invite");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** Opening an invitation shows what it is; nothing changes until the person chooses to join. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user, t, locale] = await Promise.all([previewInvite(token), getCurrentUser(), getTranslations("Invite"), personLocale()]);
  if (invite.status !== "open") {
    return (
      <div className="page">
        <h1>{t("brokenHeading")}</h1>
        <p>{t("brokenText")}</p>
        <p>{t.rich("brokenGuide", { guide: (chunks) => <a href={localePath(locale, "/guide")}>{chunks}</a> })}</p>
      </div>
    );
  }
  const here = `/invite/${token}`;
  return (
    <div className="page">
      <h1>{t("heading", { name: invite.familyName })}</h1>
      <p>{t("text")}</p>
      {user ? (
        <AcceptInviteForm action={acceptInviteAction.bind(null, token)} familyName={invite.familyName} />
      ) : (
        <p>
          <a className="button" href={`/sign-up?next=${encodeURIComponent(here)}`}>
            {t("createAccount")}
          </a>{" "}
          {t.rich("orSignIn", { link: (chunks) => <a href={`/sign-in?next=${encodeURIComponent(here)}`}>{chunks}</a> })}
        </p>
      )}
    </div>
  );
}
