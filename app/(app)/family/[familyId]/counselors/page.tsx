import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { timeZoneLabel } from "@/lib/account/time-zone-options";
import { requireFamilyMember } from "@/lib/auth/guards";
import { listAccessLog, listFamilyConnections } from "@/lib/counselor/connections";
import { VIEW_KINDS } from "@/lib/counselor/access";
import { revokeConnectionAction, setLevelAction } from "./actions";
import { ConnectionLevelForm, RevokeConnectionForm } from "@/components/counselor/FamilyConnectionForms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FamilyCounselors");
  return { title: t("title") };
}

/** The log keeps what was looked at in English words (lib/counselor/access.ts VIEW_KINDS); the reader sees their own. */
const VIEW_KEYS = { [VIEW_KINDS.plan]: "plan", [VIEW_KINDS.summary]: "summary", [VIEW_KINDS.homeSummary]: "homeSummary" } as const;
const viewKey = (what: string) => (Object.hasOwn(VIEW_KEYS, what) ? VIEW_KEYS[what as keyof typeof VIEW_KEYS] : null);

export default async function FamilyCounselorsPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<{ connected?: string; ended?: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/counselors`);
  const actor = { userId: user.id };
  const [connections, log, zone, t, levels] = await Promise.all([
    listFamilyConnections(actor, familyId),
    listAccessLog(actor, familyId),
    viewerTimeZone(),
    getTranslations("FamilyCounselors"),
    getTranslations("Counselor.levels"),
  ]);
  const isOwner = access.role === "owner";
  const notice = await searchParams;
  const what = (entry: string) => {
    const key = viewKey(entry);
    return key ? t(`views.${key}`) : entry;
  };
  return (
    <div>
      <h1>{t("title")}</h1>
      {notice.connected ? (
        <p role="status" className="form-success">
          {t("connected")}
        </p>
      ) : null}
      {notice.ended ? (
        <p role="status" className="form-success">
          {t("ended")}
        </p>
      ) : null}
      {connections.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        connections.map((c) => (
          <section key={c.counselorId} className="card" aria-labelledby={`counselor-${c.counselorId}`}>
            <h2 id={`counselor-${c.counselorId}`}>
              {c.name}
              {c.organization ? `, ${c.organization}` : ""}
            </h2>
            <p>{t.rich("canSee", { level: levels(`${c.level}.title`), strong: (chunks) => <strong>{chunks}</strong> })}</p>
            {isOwner ? (
              <>
                <ConnectionLevelForm action={setLevelAction.bind(null, familyId, c.counselorId)} level={c.level} />
                <RevokeConnectionForm action={revokeConnectionAction.bind(null, familyId, c.counselorId)} name={c.name} />
              </>
            ) : (
              <p className="muted">{t("ownerChanges")}</p>
            )}
          </section>
        ))
      )}
      <h2>{t("logHeading")}</h2>
      {log.length === 0 ? (
        <p>{t("logNone")}</p>
      ) : (
        // Fixed column widths (globals.css, decision 047): on a phone the long dates took the row
        // and "Who" and short names split inside their words.
        <table className="data view-log-table">
          <caption className="sr-only">{t("logCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("when", { zone: timeZoneLabel(zone.timeZone) })}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("what")}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={i}>
                <td>
                  <Moment date={entry.createdAt} />
                </td>
                <td>{entry.counselorName}</td>
                <td>{what(entry.what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
