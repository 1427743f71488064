import type { AlertedCheckIn } from "@/lib/notifications/alert-audience";
import { toldSentences } from "./told";

/** After a "may have used" check-in: it is saved, and who was told (or why nobody was). */
export function WhoWasTold({ familyId, alerted }: { familyId: string; alerted: AlertedCheckIn }) {
  const { lead, more } = toldSentences(alerted.told);
  const base = `/family/${encodeURIComponent(familyId)}`;
  const fix =
    alerted.told.state === "private"
      ? { href: `${base}/check-ins/${encodeURIComponent(alerted.checkIn.id)}/edit`, label: "Change who can see this check-in" }
      : alerted.told.state === "alone"
        ? { href: `${base}/members`, label: "Invite someone" }
        : null;
  return (
    <section aria-labelledby="who-was-told-heading" className="moment-told">
      <h2 id="who-was-told-heading">Who we told</h2>
      <div role="status" className="form-success">
        <p className="m-0">
          Your check-in is saved. <strong>{lead}</strong>
        </p>
      </div>
      {more ? <p className="mt-2 mb-1">{more}</p> : null}
      <p className="m-0 flex flex-wrap gap-x-5">
        {fix ? (
          <a href={fix.href} className="moment-link">
            {fix.label}
          </a>
        ) : null}
        <a href={`${base}/check-ins`} className="moment-link">
          Back to your check-ins
        </a>
      </p>
    </section>
  );
}
