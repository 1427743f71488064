import { useTranslations } from "next-intl";
import type { CallContact, RelapseMoment } from "@/lib/family/relapse-moment";
import { CallButton } from "./CallButton";
import { WriteLink } from "./WriteLink";

/** The people and the treatment team from the family's plan, each as a call button. */
export function PlanCalls({ moment, checkIn }: { moment: RelapseMoment; checkIn: string | null }) {
  const t = useTranslations("RelapseMoment.calls");
  const list = (contacts: CallContact[], label: string, fallback: string) =>
    contacts.length > 0 ? (
      <ul className="moment-contacts" aria-label={label}>
        {contacts.map((contact, i) => (
          <CallButton key={i} contact={contact} fallback={fallback} />
        ))}
      </ul>
    ) : null;
  return (
    <>
      <h3 id="who-to-call">{t("whoToCall")}</h3>
      {list(moment.people, t("people"), t("someone"))}
      {moment.treatment.length > 0 ? <h4 className="moment-subhead">{t("treatment")}</h4> : null}
      {list(moment.treatment, t("treatment"), t("team"))}
      {moment.missing.includes("people") ? (
        <WriteLink
          familyId={moment.familyId}
          checkIn={checkIn}
          part="people"
          text={t("write")}
          label={t("writeLabel")}
        />
      ) : null}
    </>
  );
}
