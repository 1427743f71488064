import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { listConnectedFamilies, listEndedConnections } from "@/lib/counselor/views";
import { listConnectionInvites } from "@/lib/counselor/connections";
import { ConnectionInviteForm, RevokeConnectionInviteForm } from "@/components/counselor/CounselorForms";
import { SummaryTable } from "@/components/counselor/SummaryTable";
import { CounselorNotices } from "@/components/counselor/CounselorNotices";
import { CounselorEmailForm } from "@/components/counselor/CounselorEmailForm";
import { getCounselorEmailNotices, listCounselorNotices } from "@/lib/notifications/counselor-notices";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { mailConfigured } from "@/lib/env";
import { personLocale } from "@/lib/i18n/person-locale";
import { createConnectionInviteAction, markCounselorNoticesSeenAction, revokeConnectionInviteAction, setCounselorEmailAction } from "./actions";
import { SignedIn } from "@/components/ui/SignedIn";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Counselor.home");
  return { title: t("title") };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function CounselorHomePage() {
  const counselor = await requireCounselorPage("/counselor");
  const actor = { userId: counselor.userId };
  const [families, invites, ended, notices, emailNotices, zone, locale, t, levels] = await Promise.all([
    listConnectedFamilies(actor),
    listConnectionInvites(actor),
    listEndedConnections(actor),
    listCounselorNotices(actor),
    getCounselorEmailNotices(actor),
    viewerTimeZone(),
    personLocale(),
    getTranslations("Counselor.home"),
    getTranslations("Counselor.levels"),
  ]);
  return (
    <div className="page">
      <SignedIn />
      <h1>{t("title")}</h1>
      <p>
        {counselor.name}
        {counselor.organization ? `, ${counselor.organization}` : ""} · <a href="/counselor/links">{t("readingLists")}</a> ·{" "}
        <a href="/account">{t("account")}</a>
      </p>

      <CounselorNotices notices={notices} timeZone={zone.timeZone} markSeen={markCounselorNoticesSeenAction} locale={locale} />

      <h2>{t("connectedHeading")}</h2>
      {families.length === 0 ? (
        <p>{ended.length ? t("noFamilyNow") : t("noFamilyYet")}</p>
      ) : (
        <ul className="card-list">
          {families.map((family) => (
            <li key={family.familyId} className="card">
              <h3>
                <a href={`/counselor/families/${family.familyId}`}>{family.familyName}</a>
              </h3>
              <p>{t.rich("theyShare", { level: levels(`${family.level}.title`), strong, since: () => <Moment date={family.since} dayOnly /> })}</p>
              {family.summary ? <SummaryTable summary={family.summary} caption={t("summaryCaption", { family: family.familyName })} locale={locale} /> : null}
            </li>
          ))}
        </ul>
      )}

      {ended.length > 0 ? (
        <section aria-labelledby="ended-heading">
          <h2 id="ended-heading">{t("endedHeading")}</h2>
          <ul className="card-list">
            {ended.map((end) => (
              <li key={end.familyId} className="card" data-testid="ended-connection">
                {t.rich("ended", { family: end.familyName, strong, on: () => <Moment date={end.endedAt} dayOnly /> })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{t("noticesHeading")}</h2>
      {mailConfigured() ? <CounselorEmailForm action={setCounselorEmailAction} enabled={emailNotices} /> : <p>{t("noEmail")}</p>}

      <h2>{t("connectHeading")}</h2>
      <ConnectionInviteForm action={createConnectionInviteAction} />
      {invites.length > 0 ? (
        <ul className="card-list">
          {invites.map((invite) => (
            <li key={invite.id} className="card">
              {t.rich("inviteCreated", { on: () => <Moment date={invite.createdAt} dayOnly /> })} ·{" "}
              {invite.status === "open" ? t.rich("inviteOpen", { until: () => <Moment date={invite.expiresAt} /> }) : t(`inviteStatus.${invite.status as "used" | "revoked" | "expired"}`)}
              {invite.status === "open" ? <RevokeConnectionInviteForm action={revokeConnectionInviteAction.bind(null, invite.id)} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
