import { useTranslations } from "next-intl";
import { phoneHref } from "@/components/family/plan/format";
import type { CallContact } from "@/lib/family/relapse-moment";

/**
 * A person from the family's plan as one call button: their name (which may wrap) over the number
 * (which never does). Without a number, the name alone, and a quiet line saying so.
 */
export function CallButton({ contact, fallback }: { contact: CallContact; fallback: string }) {
  const t = useTranslations("RelapseMoment.calls");
  const name = contact.name ?? fallback;
  const label = contact.detail ? `${name} (${contact.detail})` : name;
  return (
    <li className="moment-contact">
      {contact.phone ? (
        <a href={phoneHref(contact.phone)} className="moment-call">
          <span className="moment-call-name">
            {t("call", { name })}
            {contact.detail ? <span className="moment-call-detail"> · {contact.detail}</span> : null}
          </span>
          <span className="moment-call-number">{contact.phone}</span>
        </a>
      ) : (
        <p className="m-0">
          <strong>{label}</strong> <span className="muted">{t("noNumber")}</span>
        </p>
      )}
      {contact.note ? <p className="muted m-0 whitespace-pre-line">{contact.note}</p> : null}
    </li>
  );
}
