import { getCatalogue } from "@/lib/content";
import { formatDay } from "@/lib/dates";
import type { RelapseMoment } from "@/lib/family/relapse-moment";
import { NaloxoneNotice } from "@/components/family/plan/NaloxoneNotice";
import { WriteLink } from "./WriteLink";

/** Where the family's naloxone is, and whether it is past its date or close to it. */
export function PlanNaloxone({ moment, checkIn }: { moment: RelapseMoment; checkIn: string | null }) {
  const { location, whoKnows, status } = moment.naloxone;
  const { name: hospital, address } = moment.hospital;
  const useExpired = getCatalogue().overdose.facts.find((fact) => fact.id === "overdose.fact.expired-naloxone");
  const details = (
    <>
      {status.state === "expired" || status.state === "soon" ? (
        <NaloxoneNotice status={status} compact />
      ) : null}
      {/* In the moment, a date that has passed must not stop anyone: use it anyway. */}
      {status.state === "expired" && useExpired ? <p className="m-0 font-bold">{useExpired.text}</p> : null}
      {status.state === "ok" ? <p className="m-0">Good until {formatDay(status.expiry)}.</p> : null}
      {status.state === "unknown" && location ? <p className="muted m-0">No date in your plan. The date is printed on the box.</p> : null}
      {whoKnows ? <p className="m-0">Who knows how to use it: {whoKnows}</p> : null}
      {hospital || address ? (
        <p className="m-0">
          Nearest emergency room: {[hospital, address].filter(Boolean).join(", ")}
        </p>
      ) : null}
    </>
  );
  if (!location) {
    return (
      <div className="grid gap-2">
        <WriteLink
          familyId={moment.familyId}
          checkIn={checkIn}
          part="emergency"
          text="Where is your naloxone kept? It is not in your plan yet."
          label="Write where it is kept"
        />
        {details}
      </div>
    );
  }
  return (
    <div className="moment-naloxone">
      <p className="moment-label">Your naloxone is kept</p>
      <p className="moment-place whitespace-pre-line">{location}</p>
      {details}
    </div>
  );
}
