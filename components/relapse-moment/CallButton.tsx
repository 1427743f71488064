import { phoneHref } from "@/components/family/plan/format";
import type { CallContact } from "@/lib/family/relapse-moment";

/**
 * A person from the family's plan as one call button: their name (which may wrap) over the number
 * (which never does). Without a number, the name alone, and a quiet line saying so.
 */
export function CallButton({ contact }: { contact: CallContact }) {
  const label = contact.detail ? `${contact.name} (${contact.detail})` : contact.name;
  return (
    <li className="moment-contact">
      {contact.phone ? (
        <a href={phoneHref(contact.phone)} className="moment-call">
          <span className="moment-call-name">
            Call {contact.name}
            {contact.detail ? <span className="moment-call-detail"> · {contact.detail}</span> : null}
          </span>
          <span className="moment-call-number">{contact.phone}</span>
        </a>
      ) : (
        <p className="m-0">
          <strong>{label}</strong> <span className="muted">No number written down.</span>
        </p>
      )}
      {contact.note ? <p className="muted m-0 whitespace-pre-line">{contact.note}</p> : null}
    </li>
  );
}
