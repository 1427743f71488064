// Plain links, not next/link: like the reading pages, nothing here needs prefetching.
import { useLocale, useTranslations } from "next-intl";
import { getCatalogue, telHref } from "@/lib/content";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { checklistGroups, type ChecklistKind, type NaloxoneStatus, type PlanContent } from "@/lib/family/plan";
import { NaloxoneNotice } from "./NaloxoneNotice";
import { formatDay, phoneHref } from "./format";
import { PlanPartsNav } from "./PlanPartsNav";
import { partAnchor, partKey, planPath, type PlanPartId } from "./parts";
import { PartGuideLink } from "./PartGuideLink";
import { SavedHere } from "./SavedHere";

type Props = {
  familyId: string;
  content: PlanContent;
  naloxone: NaloxoneStatus;
  /** The current plan (with links to change each part) or an old version (read only). */
  editable: boolean;
  /** Who reads: the family ("In your own words") or a counselor ("In the family's words"). */
  reader?: "family" | "counselor";
  /** The part just saved: the person lands on it, with "Saved" and the next part to fill in. */
  saved?: PlanPartId;
};

/** The whole plan, part by part. Empty parts say what to add. */
export function PlanView({ familyId, content, naloxone, editable, reader = "family", saved }: Props) {
  const t = useTranslations("Plan.view");
  const locale = useLocale();
  const ownTitle = reader === "counselor" ? t("ownWordsCounselor") : t("ownWordsFamily");
  const part = (id: PlanPartId, filled: boolean, children: React.ReactNode, alwaysShow = false) => (
    <Part key={id} id={id} familyId={familyId} editable={editable} filled={filled} alwaysShow={alwaysShow} justSaved={saved === id}>
      {children}
    </Part>
  );
  const e = content.emergency;
  const emergencyFilled = Boolean(e.naloxoneLocation || e.naloxoneWhoKnows || e.naloxoneExpiry || e.hospitalName || e.hospitalAddress);
  return (
    <div className="plan-view">
      <PlanPartsNav />

      {part("emergency", emergencyFilled, <Emergency content={content} naloxone={naloxone} editable={editable} ownFirst={saved === "emergency"} locale={locale} />, true)}
      {part("people", content.people.length > 0, <People people={content.people} />)}
      {part("treatment", content.treatment.length > 0, <Treatment team={content.treatment} />)}
      {part(
        "signs",
        content.signs.ids.length > 0 || Boolean(content.signs.ownWords),
        <Checklist kind="signs" ids={content.signs.ids} ownWords={content.signs.ownWords} ownTitle={ownTitle} locale={locale} />,
      )}
      {part(
        "triggers",
        content.triggers.ids.length > 0 || Boolean(content.triggers.ownWords),
        <Checklist kind="triggers" ids={content.triggers.ids} ownWords={content.triggers.ownWords} ownTitle={ownTitle} locale={locale} />,
      )}
      {part(
        "responses",
        content.responses.ids.length > 0 || Boolean(content.responses.ownWords || content.responses.avoidOwnWords),
        <Responses responses={content.responses} ownTitle={ownTitle} locale={locale} />,
      )}
      {part("boundaries", Boolean(content.boundaries), <Text value={content.boundaries} />)}
      {part("goals", Boolean(content.goals), <Text value={content.goals} />)}
      {part("aftercare", Boolean(content.aftercare), <Text value={content.aftercare} />)}
      {part(
        "relapse",
        content.relapseSteps.length > 0,
        <ol className="m-0 grid list-decimal gap-1 pl-7">
          {content.relapseSteps.map((step, i) => (
            <li key={i} className="whitespace-pre-line">
              {step}
            </li>
          ))}
        </ol>,
      )}
    </div>
  );
}

function Part({
  id,
  familyId,
  editable,
  filled,
  alwaysShow,
  justSaved,
  children,
}: {
  id: PlanPartId;
  familyId: string;
  editable: boolean;
  filled: boolean;
  /** Shown even when the family wrote nothing here (the emergency part's overdose steps). */
  alwaysShow: boolean;
  justSaved: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations("Plan");
  const title = t(partKey(id, "title"));
  const editHref = planPath(familyId, `/edit/${id}`);
  const headingId = `${partAnchor(id)}-heading`;
  return (
    <section
      id={partAnchor(id)}
      data-testid={justSaved ? "saved-part" : undefined}
      aria-labelledby={headingId}
      // An empty part is left off paper: only "nothing written here yet" and a link would print.
      className={`plan-part mt-8 scroll-mt-4 border-t border-line pt-2${filled || alwaysShow ? "" : " print:hidden"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id={headingId} className="mt-2">
          {title}
        </h2>
        {editable && filled ? (
          <a href={editHref} className="tap text-[0.95rem] print:hidden">
            {t.rich("view.change", { title, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </a>
        ) : null}
      </div>
      {justSaved ? <SavedHere familyId={familyId} id={id} anchor={partAnchor(id)} /> : null}
      <PartGuideLink id={id} />
      {filled || alwaysShow ? children : null}
      {filled ? null : editable ? (
        <p className="muted mt-3 print:hidden">
          {t("view.nothingYet")} <a href={editHref}>{t(partKey(id, "add"))}</a>
        </p>
      ) : (
        <p className="muted mt-3">{t("view.nothingInVersion")}</p>
      )}
    </section>
  );
}


/** On the current plan the full naloxone warning is at the top of the page, so here it is short. */
function Emergency({ content, naloxone, editable, ownFirst, locale }: { content: PlanContent; naloxone: NaloxoneStatus; editable: boolean; ownFirst: boolean; locale: Locale }) {
  const t = useTranslations("Plan.view");
  const { overdose, crisis } = getCatalogue(locale);
  const emergency = crisis.contacts.find((c) => c.id === "emergency");
  const e = content.emergency;
  const own = (
    <dl className="m-0 grid gap-3">
      <Detail term={t("naloxoneKept")} value={e.naloxoneLocation} />
      <Detail term={t("whoKnows")} value={e.naloxoneWhoKnows} />
      <Detail term={t("expiry")} value={e.naloxoneExpiry ? formatDay(e.naloxoneExpiry, "long", locale) : undefined} />
      <Detail
        term={t("hospital")}
        value={
          e.hospitalName || e.hospitalAddress ? (
            <>
              {e.hospitalName ? <span className="block font-semibold">{e.hospitalName}</span> : null}
              {e.hospitalAddress ? <span className="block whitespace-pre-line">{e.hospitalAddress}</span> : null}
            </>
          ) : undefined
        }
      />
    </dl>
  );
  return (
    <div className="grid gap-4">
      {/* Just saved: what they wrote comes first, not after two screens of built-in steps. */}
      {ownFirst ? own : null}
      <NaloxoneNotice status={naloxone} compact={editable} />
      <div className="rounded-lg border-2 border-alert bg-alert-bg px-4 py-3">
        <h3 className="mt-0">{t("overdoseTitle")}</h3>
        <p className="mb-2">
          <strong>{overdose.ifUnsure}</strong>
        </p>
        <ol className="m-0 grid list-decimal gap-1 pl-6">
          {overdose.steps.map((step) => (
            <li key={step.id}>
              <strong>{step.title}</strong> {step.detail}
            </li>
          ))}
        </ol>
        <p className="mt-3 mb-0">
          {emergency ? (
            <a href={telHref(emergency.dial)} className="font-bold text-alert">
              {t("callNumber", { number: emergency.number })}
            </a>
          ) : null}
          {emergency ? " · " : null}
          <a href={localePath(locale, "/crisis#signs")}>{t("overdoseSigns")}</a>
        </p>
      </div>
      {ownFirst ? null : own}
    </div>
  );
}

function Detail({ term, value }: { term: string; value: React.ReactNode }) {
  const t = useTranslations("Plan.view");
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd className="m-0">{value ?? <span className="text-muted">{t("notWritten")}</span>}</dd>
    </div>
  );
}

function Contact({ name, detail, phone, note }: { name?: string; detail?: string; phone?: string; note?: React.ReactNode }) {
  const t = useTranslations("Plan.view");
  return (
    <li className="card m-0">
      <p className="m-0">
        <strong>{name ?? detail ?? t("noName")}</strong>
        {name && detail ? <span className="text-muted"> · {detail}</span> : null}
      </p>
      {phone ? (
        <p className="m-0">
          <a href={phoneHref(phone)} className="inline-block py-1 font-semibold">
            {t("callPhone", { phone })}
            {name ? <span className="sr-only"> ({name})</span> : null}
          </a>
        </p>
      ) : null}
      {note ? <p className="m-0 whitespace-pre-line text-muted">{note}</p> : null}
    </li>
  );
}

function People({ people }: { people: PlanContent["people"] }) {
  const t = useTranslations("Plan.view");
  return (
    <ul className="m-0 grid list-none gap-3 p-0">
      {people.map((person, i) => (
        <Contact
          key={i}
          name={person.name}
          detail={person.relationship}
          phone={person.phone}
          note={person.whenToCall ? t("whenToCall", { when: person.whenToCall }) : undefined}
        />
      ))}
    </ul>
  );
}

function Treatment({ team }: { team: PlanContent["treatment"] }) {
  return (
    <ul className="m-0 grid list-none gap-3 p-0">
      {team.map((member, i) => (
        <Contact key={i} name={member.name} detail={member.role} phone={member.phone} note={member.notes} />
      ))}
    </ul>
  );
}

function OwnWords({ title, value }: { title: string; value?: string }) {
  if (!value) return null;
  return (
    <>
      <h3>{title}</h3>
      <p className="whitespace-pre-line">{value}</p>
    </>
  );
}

const readMore = { signs: "readMoreSigns", triggers: "readMoreTriggers" } as const;

function ChosenGroups({ kind, ids, locale }: { kind: ChecklistKind; ids: string[]; locale: Locale }) {
  const t = useTranslations("Plan.view");
  const chosen = new Set(ids);
  const more = kind === "signs" || kind === "triggers" ? t(readMore[kind]) : undefined;
  return (
    <>
      {checklistGroups(kind, locale).map((group) => {
          const items = group.options.filter((option) => chosen.has(option.value));
          if (items.length === 0) return null;
          return (
            <div key={group.field}>
              <h3>{group.title}</h3>
              <ul className="mb-1 list-disc pl-6">
                {items.map((item) => (
                  <li key={item.value}>{item.label}</li>
                ))}
              </ul>
              {group.href && more ? (
                <p className="muted print:hidden">
                  <a href={group.href}>{more}</a>
                </p>
              ) : null}
            </div>
          );
        })}
    </>
  );
}

function Checklist({ kind, ids, ownWords, ownTitle, locale }: { kind: ChecklistKind; ids: string[]; ownWords?: string; ownTitle: string; locale: Locale }) {
  return (
    <>
      <ChosenGroups kind={kind} ids={ids} locale={locale} />
      <OwnWords title={ownTitle} value={ownWords} />
    </>
  );
}

function Responses({ responses, ownTitle, locale }: { responses: PlanContent["responses"]; ownTitle: string; locale: Locale }) {
  const t = useTranslations("Plan.view");
  const chosen = new Set(responses.ids);
  const [helpful, avoid] = checklistGroups("responses", locale);
  const half = (group: typeof helpful, ownWords: string | undefined, ownTitle: string) => {
    const items = group!.options.filter((option) => chosen.has(option.value));
    if (items.length === 0 && !ownWords) return null;
    return (
      <div>
        <h3>{group!.title}</h3>
        {items.length > 0 ? (
          <ul className="list-disc pl-6">
            {items.map((item) => (
              <li key={item.value}>{item.label}</li>
            ))}
          </ul>
        ) : null}
        {ownWords ? (
          <>
            <p className="mb-1 font-semibold">{ownTitle}</p>
            <p className="whitespace-pre-line">{ownWords}</p>
          </>
        ) : null}
      </div>
    );
  };
  return (
    <>
      {half(helpful, responses.ownWords, ownTitle)}
      {half(avoid, responses.avoidOwnWords, ownTitle)}
      <p className="muted">
        {t.rich("whyMatter", {
          helpful: (chunks) => <a href={helpful!.href}>{chunks}</a>,
          avoid: (chunks) => <a href={avoid!.href}>{chunks}</a>,
        })}
      </p>
    </>
  );
}

function Text({ value }: { value?: string }) {
  return <p className="whitespace-pre-line">{value}</p>;
}
