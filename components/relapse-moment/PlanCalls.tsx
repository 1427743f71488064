import type { CallContact, RelapseMoment } from "@/lib/family/relapse-moment";
import { CallButton } from "./CallButton";
import { WriteLink } from "./WriteLink";

/** The people and the treatment team from the family's plan, each as a call button. */
export function PlanCalls({ moment, checkIn }: { moment: RelapseMoment; checkIn: string | null }) {
  const list = (contacts: CallContact[], label: string) =>
    contacts.length > 0 ? (
      <ul className="moment-contacts" aria-label={label}>
        {contacts.map((contact, i) => (
          <CallButton key={i} contact={contact} />
        ))}
      </ul>
    ) : null;
  return (
    <>
      <h3 id="who-to-call">Who to call</h3>
      {list(moment.people, "People to call")}
      {moment.treatment.length > 0 ? <h4 className="moment-subhead">Treatment team</h4> : null}
      {list(moment.treatment, "Treatment team")}
      {moment.missing.includes("people") ? (
        <WriteLink
          familyId={moment.familyId}
          checkIn={checkIn}
          part="people"
          text="Who would you call first? Add their names and numbers, so they are one tap away."
          label="Add who to call"
        />
      ) : null}
    </>
  );
}
