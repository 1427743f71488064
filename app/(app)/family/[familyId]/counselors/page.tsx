import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { timeZoneLabel } from "@/lib/account/time-zone-options";
import { requireFamilyMember } from "@/lib/auth/guards";
import { listAccessLog, listFamilyConnections } from "@/lib/counselor/connections";
import { LEVEL_DESCRIPTIONS } from "@/lib/counselor/levels";
import { revokeConnectionAction, setLevelAction } from "./actions";
import { ConnectionLevelForm, RevokeConnectionForm } from "@/components/counselor/FamilyConnectionForms";

export const metadata: Metadata = { title: "Counselors" };


export default async function FamilyCounselorsPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<{ connected?: string; ended?: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/counselors`);
  const actor = { userId: user.id };
  const [connections, log, zone] = await Promise.all([listFamilyConnections(actor, familyId), listAccessLog(actor, familyId), viewerTimeZone()]);
  const isOwner = access.role === "owner";
  const notice = await searchParams;
  return (
    <div>
      <h1>Counselors</h1>
      {notice.connected ? (
        <p role="status" className="form-success">
          Connected. You can change what they see here at any time.
        </p>
      ) : null}
      {notice.ended ? (
        <p role="status" className="form-success">
          The connection is ended. The counselor can no longer see anything.
        </p>
      ) : null}
      {connections.length === 0 ? (
        <p>No counselor is connected. A counselor can send your family&apos;s owner a link to connect; you then choose what they may see.</p>
      ) : (
        connections.map((c) => (
          <section key={c.counselorId} className="card" aria-labelledby={`counselor-${c.counselorId}`}>
            <h2 id={`counselor-${c.counselorId}`}>
              {c.name}
              {c.organization ? `, ${c.organization}` : ""}
            </h2>
            <p>
              Can see: <strong>{LEVEL_DESCRIPTIONS[c.level].title}</strong>
            </p>
            {isOwner ? (
              <>
                <ConnectionLevelForm action={setLevelAction.bind(null, familyId, c.counselorId)} level={c.level} />
                <RevokeConnectionForm action={revokeConnectionAction.bind(null, familyId, c.counselorId)} name={c.name} />
              </>
            ) : (
              <p className="muted">Your family&apos;s owner can change this.</p>
            )}
          </section>
        ))
      )}
      <h2>What counselors looked at</h2>
      {log.length === 0 ? (
        <p>No counselor has looked at your family&apos;s data.</p>
      ) : (
        // Fixed column widths (globals.css, decision 047): on a phone the long dates took the row
        // and "Who" and short names split inside their words.
        <table className="data view-log-table">
          <caption className="sr-only">Counselor views, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (your time: {timeZoneLabel(zone.timeZone)})</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={i}>
                <td>
                  <Moment date={entry.createdAt} />
                </td>
                <td>{entry.counselorName}</td>
                <td>{entry.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
