import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { listConnectedFamilies, listEndedConnections } from "@/lib/counselor/views";
import { listConnectionInvites } from "@/lib/counselor/connections";
import { LEVEL_DESCRIPTIONS } from "@/lib/counselor/levels";
import { ConnectionInviteForm, RevokeConnectionInviteForm } from "@/components/counselor/CounselorForms";
import { SummaryTable } from "@/components/counselor/SummaryTable";
import { CounselorNotices } from "@/components/counselor/CounselorNotices";
import { CounselorEmailForm } from "@/components/counselor/CounselorEmailForm";
import { getCounselorEmailNotices, listCounselorNotices } from "@/lib/notifications/counselor-notices";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { mailConfigured } from "@/lib/env";
import { createConnectionInviteAction, markCounselorNoticesSeenAction, revokeConnectionInviteAction, setCounselorEmailAction } from "./actions";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "Counselor home" };


export default async function CounselorHomePage() {
  const counselor = await requireCounselorPage("/counselor");
  const actor = { userId: counselor.userId };
  const [families, invites, ended, notices, emailNotices, zone] = await Promise.all([
    listConnectedFamilies(actor),
    listConnectionInvites(actor),
    listEndedConnections(actor),
    listCounselorNotices(actor),
    getCounselorEmailNotices(actor),
    viewerTimeZone(),
  ]);
  return (
    <div className="page">
      <SignedIn />
      <h1>Counselor home</h1>
      <p>
        {counselor.name}
        {counselor.organization ? `, ${counselor.organization}` : ""} · <a href="/counselor/links">Shared reading lists</a> ·{" "}
        <a href="/account">Your account</a>
      </p>

      <CounselorNotices notices={notices} timeZone={zone.timeZone} markSeen={markCounselorNoticesSeenAction} />

      <h2>Connected families</h2>
      {families.length === 0 ? (
        <p>
          {ended.length ? "No family is connected right now." : "No family is connected yet."} Create a link below and send it to
          a family&apos;s owner.
        </p>
      ) : (
        <ul className="card-list">
          {families.map((family) => (
            <li key={family.familyId} className="card">
              <h3>
                <a href={`/counselor/families/${family.familyId}`}>{family.familyName}</a>
              </h3>
              <p>
                They share: <strong>{LEVEL_DESCRIPTIONS[family.level].title}</strong> (since <Moment date={family.since} dayOnly />)
              </p>
              {family.summary ? <SummaryTable summary={family.summary} caption={`Signs per week by stage, ${family.familyName}`} /> : null}
            </li>
          ))}
        </ul>
      )}

      {ended.length > 0 ? (
        <section aria-labelledby="ended-heading">
          <h2 id="ended-heading">Families that ended the connection</h2>
          <ul className="card-list">
            {ended.map((end) => (
              <li key={end.familyId} className="card" data-testid="ended-connection">
                <strong>{end.familyName}</strong> ended the connection on <Moment date={end.endedAt} dayOnly />. You can no longer see
                anything of their family space. To connect again, they would need a new link from you.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>Notices</h2>
      {mailConfigured() ? (
        <CounselorEmailForm action={setCounselorEmailAction} enabled={emailNotices} />
      ) : (
        <p>This site does not send email, so these notices show only here, on your counselor home.</p>
      )}

      <h2>Connect a family</h2>
      <ConnectionInviteForm action={createConnectionInviteAction} />
      {invites.length > 0 ? (
        <ul className="card-list">
          {invites.map((invite) => (
            <li key={invite.id} className="card">
              Link created <Moment date={invite.createdAt} dayOnly /> · {invite.status === "open" ? (
                      <>
                        works until <Moment date={invite.expiresAt} />
                      </>
                    ) : (
                      invite.status
                    )}
              {invite.status === "open" ? <RevokeConnectionInviteForm action={revokeConnectionInviteAction.bind(null, invite.id)} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
