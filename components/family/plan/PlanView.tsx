// Plain links, not next/link: like the reading pages, nothing here needs prefetching.
import { getCatalogue, telHref } from "@/lib/content";
import { checklistGroups, type ChecklistKind, type NaloxoneStatus, type PlanContent } from "@/lib/family/plan";
import { NaloxoneNotice } from "./NaloxoneNotice";
import { formatDay, phoneHref } from "./format";
import { PlanPartsNav } from "./PlanPartsNav";
import { PLAN_PARTS, partAnchor, planPath, type PlanPartId } from "./parts";
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
  const ownTitle = reader === "counselor" ? "In the family's words" : "In your own words";
  const part = (id: PlanPartId, filled: boolean, children: React.ReactNode, alwaysShow = false) => (
    <Part key={id} id={id} familyId={familyId} editable={editable} filled={filled} alwaysShow={alwaysShow} justSaved={saved === id}>
      {children}
    </Part>
  );
  const e = content.emergency;
  const emergencyFilled = Boolean(e.naloxoneLocation || e.naloxoneWhoKnows || e.naloxoneExpiry || e.hospitalName || e.hospitalAddress);
  return (
    <div className="plan-view">
      <PlanPartsNav heading="Parts of the plan" />

      {part("emergency", emergencyFilled, <Emergency content={content} naloxone={naloxone} editable={editable} ownFirst={saved === "emergency"} />, true)}
      {part("people", content.people.length > 0, <People people={content.people} />)}
      {part("treatment", content.treatment.length > 0, <Treatment team={content.treatment} />)}
      {part(
        "signs",
        content.signs.ids.length > 0 || Boolean(content.signs.ownWords),
        <Checklist kind="signs" ids={content.signs.ids} ownWords={content.signs.ownWords} ownTitle={ownTitle} />,
      )}
      {part(
        "triggers",
        content.triggers.ids.length > 0 || Boolean(content.triggers.ownWords),
        <Checklist kind="triggers" ids={content.triggers.ids} ownWords={content.triggers.ownWords} ownTitle={ownTitle} />,
      )}
      {part(
        "responses",
        content.responses.ids.length > 0 || Boolean(content.responses.ownWords || content.responses.avoidOwnWords),
        <Responses responses={content.responses} ownTitle={ownTitle} />,
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
  const meta = PLAN_PARTS.find((p) => p.id === id)!;
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
          {meta.title}
        </h2>
        {editable && filled ? (
          <a href={editHref} className="tap text-[0.95rem] print:hidden">
            Change<span className="sr-only"> {meta.title}</span>
          </a>
        ) : null}
      </div>
      {justSaved ? <SavedHere familyId={familyId} id={id} anchor={partAnchor(id)} /> : null}
      <PartGuideLink id={id} />
      {filled || alwaysShow ? children : null}
      {filled ? null : editable ? (
        <p className="muted mt-3 print:hidden">
          Nothing written here yet. <a href={editHref}>{meta.add}</a>
        </p>
      ) : (
        <p className="muted mt-3">Nothing was written here in this version.</p>
      )}
    </section>
  );
}

const missing = <span className="text-muted">Not written down yet</span>;

/** On the current plan the full naloxone warning is at the top of the page, so here it is short. */
function Emergency({ content, naloxone, editable, ownFirst }: { content: PlanContent; naloxone: NaloxoneStatus; editable: boolean; ownFirst: boolean }) {
  const { overdose, crisis } = getCatalogue();
  const emergency = crisis.contacts.find((c) => c.id === "emergency");
  const e = content.emergency;
  const own = (
    <dl className="m-0 grid gap-3">
      <Detail term="Where the naloxone is kept" value={e.naloxoneLocation} />
      <Detail term="Who knows how to use it" value={e.naloxoneWhoKnows} />
      <Detail term="Naloxone expiry date" value={e.naloxoneExpiry ? formatDay(e.naloxoneExpiry) : undefined} />
      <Detail
        term="Nearest emergency room"
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
        <h3 className="mt-0">If you think it is an overdose</h3>
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
              Call {emergency.number}
            </a>
          ) : null}
          {emergency ? " · " : null}
          <a href="/crisis#signs">The signs of an overdose</a>
        </p>
      </div>
      {ownFirst ? null : own}
    </div>
  );
}

function Detail({ term, value }: { term: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd className="m-0">{value ?? missing}</dd>
    </div>
  );
}

function Contact({ name, detail, phone, note }: { name?: string; detail?: string; phone?: string; note?: React.ReactNode }) {
  return (
    <li className="card m-0">
      <p className="m-0">
        <strong>{name ?? detail ?? "No name given"}</strong>
        {name && detail ? <span className="text-muted"> · {detail}</span> : null}
      </p>
      {phone ? (
        <p className="m-0">
          <a href={phoneHref(phone)} className="inline-block py-1 font-semibold">
            Call {phone}
            {name ? <span className="sr-only"> ({name})</span> : null}
          </a>
        </p>
      ) : null}
      {note ? <p className="m-0 whitespace-pre-line text-muted">{note}</p> : null}
    </li>
  );
}

function People({ people }: { people: PlanContent["people"] }) {
  return (
    <ul className="m-0 grid list-none gap-3 p-0">
      {people.map((person, i) => (
        <Contact
          key={i}
          name={person.name}
          detail={person.relationship}
          phone={person.phone}
          note={person.whenToCall ? `When to call: ${person.whenToCall}` : undefined}
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

const readMore: Partial<Record<ChecklistKind, string>> = {
  signs: "What your family can do at this stage",
  triggers: "How you can help with these",
};

function ChosenGroups({ kind, ids }: { kind: ChecklistKind; ids: string[] }) {
  const chosen = new Set(ids);
  return (
    <>
      {checklistGroups(kind).map((group) => {
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
              {group.href && readMore[kind] ? (
                <p className="muted print:hidden">
                  <a href={group.href}>{readMore[kind]}</a>
                </p>
              ) : null}
            </div>
          );
        })}
    </>
  );
}

function Checklist({ kind, ids, ownWords, ownTitle }: { kind: ChecklistKind; ids: string[]; ownWords?: string; ownTitle: string }) {
  return (
    <>
      <ChosenGroups kind={kind} ids={ids} />
      <OwnWords title={ownTitle} value={ownWords} />
    </>
  );
}

function Responses({ responses, ownTitle }: { responses: PlanContent["responses"]; ownTitle: string }) {
  const chosen = new Set(responses.ids);
  const [helpful, avoid] = checklistGroups("responses");
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
        Why these matter: <a href={helpful!.href}>what helps</a> and <a href={avoid!.href}>what to avoid</a>.
      </p>
    </>
  );
}

function Text({ value }: { value?: string }) {
  return <p className="whitespace-pre-line">{value}</p>;
}
