import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { previewConnectionInvite } from "@/lib/counselor/connections";
import { listFamilies } from "@/lib/family/families";
import { connectFamilyAction } from "./actions";
import { ConnectForm } from "@/components/counselor/ConnectForm";
import { PassLinkOn } from "@/components/counselor/PassLinkOn";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Connect");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A family owner opens a counselor's link. Nothing changes until they choose. */
export default async function ConnectPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user, t] = await Promise.all([previewConnectionInvite(token), getCurrentUser(), getTranslations("Connect")]);
  if (invite.status !== "open") {
    return (
      <div className="page">
        <h1>{t("invalidHeading")}</h1>
        <p>{t("invalidText")}</p>
      </div>
    );
  }
  const here = `/connect/${token}`;
  const families = user ? await listFamilies({ userId: user.id }) : [];
  const owned = families.filter((f) => f.role === "owner");
  const memberOf = families.filter((f) => f.role !== "owner");
  return (
    <div className="page">
      <h1>{invite.organization ? t("headingOrganization", { name: invite.counselorName, organization: invite.organization }) : t("heading", { name: invite.counselorName })}</h1>
      <p className="muted">{invite.organization ? t("unverifiedOrganization") : t("unverified")}</p>
      <p>{t("intro")}</p>
      {!user ? (
        <p>
          <a className="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            {t("signIn")}
          </a>{" "}
          {t.rich("orCreate", { link: (chunks) => <a href={`/sign-up?next=${encodeURIComponent(here)}`}>{chunks}</a> })}
        </p>
      ) : owned.length === 0 && memberOf.length > 0 ? (
        <section aria-labelledby="pass-on-heading" className="card">
          <h2 id="pass-on-heading">{t("ownerOnlyHeading")}</h2>
          <p>{t("memberOf", { families: memberOf.map((f) => f.name).join(", ") })}</p>
          <p>{t("passOn")}</p>
          <PassLinkOn link={new URL(here, env().APP_URL).toString()} />
        </section>
      ) : owned.length === 0 ? (
        <p>{t.rich("noFamily", { link: (chunks) => <a href="/family">{chunks}</a> })}</p>
      ) : (
        <ConnectForm action={connectFamilyAction.bind(null, token)} families={owned.map((f) => ({ id: f.id, name: f.name }))} />
      )}
    </div>
  );
}
