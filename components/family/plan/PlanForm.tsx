import { pagePath } from "@/lib/content";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import { PLAN_LIMITS, checklistGroups, type ChecklistKind, type PlanContent } from "@/lib/family/plan";
import type { FormAction } from "@/lib/forms/form-state";
import { AddedNotice, ExpectedVersionField, ListError, PlanErrorSummary } from "./FormBits";
import { EMERGENCY_LABELS, OWN_WORDS_LABELS, PERSON_LABELS, TREATMENT_LABELS, groupAnchor } from "./labels";
import { partAnchor, partTitle, planPath, type PlanPartId } from "./parts";
import { PartGuideLink } from "./PartGuideLink";
import { rightNowPath } from "@/components/relapse-moment/paths";


/** Rows to show: the saved ones and one blank one ("Save and add another" brings the next). */
const rowCount = (saved: number, limit: number, atLeast = 1) => Math.min(limit, Math.max(saved + 1, atLeast));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The plan's three free-text parts: the same field, each with its own prompt. */
const TEXT_PARTS = {
  boundaries: "The lines your family will hold, such as no drug use in your home, or no cash. Choose only what you are ready to follow through on.",
  goals: "Your loved one's reasons for getting well. If they want to, they can write this part in their own words.",
  aftercare: "Medicine visits, meetings, programs, counseling and therapy, with days and times. Put each one on its own line.",
} as const;

/**
 * One part of the plan as its own short form, with its own Save. Works without JavaScript: lists
 * are plain numbered fields (people.0.name, relapseSteps.2 …) with one blank row, and "Save and add
 * another" saves and comes back with the next blank row.
 */
export function PlanPartForm({
  familyId,
  part,
  content,
  version,
  action,
  fromRightNow,
  added = false,
}: {
  familyId: string;
  part: PlanPartId;
  content: PlanContent;
  version: number;
  /** The page binds the family, the part and where to go back to. */
  action: FormAction;
  /** Opened from the family's "right now" page: saving goes back there (decision 026). */
  fromRightNow?: { checkIn: string | null };
  /** Back from "Save and add another": say it was saved, until the next submit. */
  added?: boolean;
}) {
  return (
    <ActionForm action={action} submitLabel="Save this part" errorSummary={<PlanErrorSummary />} extraActions={<AddAnother part={part} content={content} />}>
      {added ? <AddedNotice /> : null}
      <ExpectedVersionField version={version} />
      <PartFields part={part} content={content} />
      <p className="m-0">
        {fromRightNow ? (
          <a href={rightNowPath(familyId, { checkIn: fromRightNow.checkIn }, "#your-plan")} className="tap">Go back without saving</a>
        ) : (
          <a href={planPath(familyId, `#${partAnchor(part)}`)} className="tap">Back to the plan without saving</a>
        )}
      </p>
    </ActionForm>
  );
}

const LIST_PARTS: Partial<Record<PlanPartId, { saved: (c: PlanContent) => number; limit: number; label: string }>> = {
  people: { saved: (c) => c.people.length, limit: PLAN_LIMITS.people, label: "Save and add another person" },
  treatment: { saved: (c) => c.treatment.length, limit: PLAN_LIMITS.treatment, label: "Save and add another team member" },
  relapse: { saved: (c) => c.relapseSteps.length, limit: PLAN_LIMITS.relapseSteps, label: "Save and add another step" },
};

/** A second submit button for the list parts, while the list has room. */
function AddAnother({ part, content }: { part: PlanPartId; content: PlanContent }) {
  const list = LIST_PARTS[part];
  if (!list || list.saved(content) + 1 >= list.limit) return null;
  return (
    <button type="submit" name="intent" value="add-row" className="button button-secondary">
      {list.label}
    </button>
  );
}

function PartFields({ part, content }: { part: PlanPartId; content: PlanContent }) {
  const e = content.emergency;
  const people = rowCount(content.people.length, PLAN_LIMITS.people);
  const treatment = rowCount(content.treatment.length, PLAN_LIMITS.treatment);
  const steps = rowCount(content.relapseSteps.length, PLAN_LIMITS.relapseSteps, 3);
  switch (part) {
    case "emergency":
      return (
        <Part id="emergency">
          <p className="m-0">
            The overdose steps are shown with your plan for you. You do not need to write them here.
          </p>
          <TextField
            name="emergency.naloxoneLocation"
            label={EMERGENCY_LABELS.naloxoneLocation}
            hint="Pick one spot everyone knows, easy to reach. For example: kitchen drawer by the sink."
            defaultValue={e.naloxoneLocation}
            maxLength={PLAN_LIMITS.medium}
            autoComplete="off"
          />
          <TextField
            name="emergency.naloxoneWhoKnows"
            label={EMERGENCY_LABELS.naloxoneWhoKnows}
            hint="Who at home has read the steps on the box and could use it."
            defaultValue={e.naloxoneWhoKnows}
            maxLength={PLAN_LIMITS.medium}
            autoComplete="off"
          />
          <TextField
            name="emergency.naloxoneExpiry"
            type="date"
            label={EMERGENCY_LABELS.naloxoneExpiry}
            hint="The date printed on the box. We will remind you when it is close or has passed."
            defaultValue={e.naloxoneExpiry}
          />
          <TextField
            name="emergency.hospitalName"
            label={EMERGENCY_LABELS.hospitalName}
            defaultValue={e.hospitalName}
            maxLength={PLAN_LIMITS.short}
            autoComplete="off"
          />
          <TextArea
            name="emergency.hospitalAddress"
            label={EMERGENCY_LABELS.hospitalAddress}
            rows={2}
            defaultValue={e.hospitalAddress}
            maxLength={PLAN_LIMITS.medium}
          />
        </Part>
      );
    case "people":
      return (
        <Part id="people">
          <p className="m-0">
            Put the people you would call first at the top. Think of someone who can come over fast, and someone who can look after
            other children. To take someone off the list, clear their boxes and save.
          </p>
          <ListError name="people" />
          {range(people).map((i) => {
            const row = content.people[i];
            return (
              <Row key={i} legend={`Person ${i + 1}`} isNew={i === content.people.length}>
                <TextField name={`people.${i}.name`} label={PERSON_LABELS.name} defaultValue={row?.name} maxLength={PLAN_LIMITS.short} autoComplete="off" />
                <TextField
                  name={`people.${i}.relationship`}
                  label={PERSON_LABELS.relationship}
                  hint={i === 0 ? "For example: aunt, neighbor, sponsor." : undefined}
                  defaultValue={row?.relationship}
                  maxLength={PLAN_LIMITS.label}
                  autoComplete="off"
                />
                <TextField name={`people.${i}.phone`} type="tel" label={PERSON_LABELS.phone} defaultValue={row?.phone} maxLength={PLAN_LIMITS.phone} autoComplete="off" />
                <TextField
                  name={`people.${i}.whenToCall`}
                  label={PERSON_LABELS.whenToCall}
                  hint={i === 0 ? "For example: any time, day or night." : undefined}
                  defaultValue={row?.whenToCall}
                  maxLength={PLAN_LIMITS.note}
                  autoComplete="off"
                />
              </Row>
            );
          })}
          {people === PLAN_LIMITS.people ? <p className="muted m-0">This list holds up to {PLAN_LIMITS.people} people.</p> : null}
        </Part>
      );
    case "treatment":
      return (
        <Part id="treatment">
          <p className="m-0">Your loved one&apos;s counselor, doctor, program or therapist. To take someone off the list, clear their boxes.</p>
          <ListError name="treatment" />
          {range(treatment).map((i) => {
            const row = content.treatment[i];
            return (
              <Row key={i} legend={`Team member ${i + 1}`} isNew={i === content.treatment.length}>
                <TextField name={`treatment.${i}.name`} label={TREATMENT_LABELS.name} defaultValue={row?.name} maxLength={PLAN_LIMITS.short} autoComplete="off" />
                <TextField
                  name={`treatment.${i}.role`}
                  label={TREATMENT_LABELS.role}
                  hint={i === 0 ? "For example: counselor, doctor, program." : undefined}
                  defaultValue={row?.role}
                  maxLength={PLAN_LIMITS.label}
                  autoComplete="off"
                />
                <TextField name={`treatment.${i}.phone`} type="tel" label={TREATMENT_LABELS.phone} defaultValue={row?.phone} maxLength={PLAN_LIMITS.phone} autoComplete="off" />
                <TextArea name={`treatment.${i}.notes`} label={TREATMENT_LABELS.notes} rows={2} defaultValue={row?.notes} maxLength={PLAN_LIMITS.medium} />
              </Row>
            );
          })}
          {treatment === PLAN_LIMITS.treatment ? <p className="muted m-0">This list holds up to {PLAN_LIMITS.treatment} people.</p> : null}
        </Part>
      );
    case "signs":
      return (
        <Part id="signs">
          <p className="m-0">
            Tick the early signs you have seen before. They are grouped by the three stages of relapse.{" "}
            <NewTab href={pagePath("stages-of-relapse")}>Read about the stages</NewTab>
          </p>
          <Checklist kind="signs" chosen={content.signs.ids} />
          <TextArea name="signs.ownWords" label={OWN_WORDS_LABELS["signs.ownWords"]!} defaultValue={content.signs.ownWords} maxLength={PLAN_LIMITS.ownWords} />
        </Part>
      );
    case "triggers":
      return (
        <Part id="triggers">
          <p className="m-0">
            Tick the things that tend to set off cravings for your loved one. <NewTab href={pagePath("triggers")}>Read about triggers</NewTab>
          </p>
          <Checklist kind="triggers" chosen={content.triggers.ids} />
          <TextArea name="triggers.ownWords" label={OWN_WORDS_LABELS["triggers.ownWords"]!} defaultValue={content.triggers.ownWords} maxLength={PLAN_LIMITS.ownWords} />
        </Part>
      );
    case "responses":
      return (
        <Part id="responses">
          <p className="m-0">
            Decide now, on a calm day, how your family will respond. <NewTab href={pagePath("responding-to-relapse")}>Read why these matter</NewTab>
          </p>
          <Checklist kind="responses" chosen={content.responses.ids} only="helpful" />
          <TextArea name="responses.ownWords" label={OWN_WORDS_LABELS["responses.ownWords"]!} defaultValue={content.responses.ownWords} maxLength={PLAN_LIMITS.ownWords} />
          <Checklist kind="responses" chosen={content.responses.ids} only="avoid" />
          <TextArea
            name="responses.avoidOwnWords"
            label={OWN_WORDS_LABELS["responses.avoidOwnWords"]!}
            defaultValue={content.responses.avoidOwnWords}
            maxLength={PLAN_LIMITS.ownWords}
          />
        </Part>
      );
    case "boundaries":
    case "goals":
    case "aftercare":
      return (
        <Part id={part}>
          <TextArea name={part} label={partTitle(part)} hint={TEXT_PARTS[part]} rows={6} defaultValue={content[part]} maxLength={PLAN_LIMITS.long} />
        </Part>
      );
    case "relapse":
      return (
        <Part id="relapse">
          <p className="m-0">
            Write the steps your family will take, in order. For example: stay calm, make sure they are not alone, call their treatment
            team. Empty boxes are skipped. To change the order, change the words in the boxes.
          </p>
          <ListError name="relapseSteps" />
          <ol className="m-0 grid list-none gap-3 p-0">
            {range(steps).map((i) => (
              <li key={i} id={i === content.relapseSteps.length ? "new-row" : undefined}>
                <TextField
                  name={`relapseSteps.${i}`}
                  label={`Step ${i + 1}`}
                  defaultValue={content.relapseSteps[i]}
                  maxLength={PLAN_LIMITS.medium}
                  autoComplete="off"
                />
              </li>
            ))}
          </ol>
          {steps === PLAN_LIMITS.relapseSteps ? <p className="muted m-0">The plan holds up to {PLAN_LIMITS.relapseSteps} steps.</p> : null}
        </Part>
      );
  }
}

function Part({ id, children }: { id: PlanPartId; children: React.ReactNode }) {
  return (
    <div id={partAnchor(id)} className="grid gap-4">
      <PartGuideLink id={id} />
      {children}
    </div>
  );
}

function Row({ legend, isNew, children }: { legend: string; isNew: boolean; children: React.ReactNode }) {
  return (
    <fieldset id={isNew ? "new-row" : undefined} className="m-0 grid min-w-0 gap-3 rounded-lg border border-line bg-white p-3">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A guide page opened beside the form, so nothing typed is lost. */
function NewTab({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

function Checklist({ kind, chosen, only }: { kind: ChecklistKind; chosen: string[]; only?: string }) {
  const ids = new Set(chosen);
  return (
    <>
      {checklistGroups(kind)
        .filter((group) => !only || group.id === only)
        .map((group) => (
          <div key={group.field} id={groupAnchor(group.field)} className="scroll-mt-4">
            <ChoiceGroup
              type="checkbox"
              name={group.field}
              label={group.title}
              options={group.options}
              defaultValue={group.options.filter((o) => ids.has(o.value)).map((o) => o.value)}
            />
          </div>
        ))}
    </>
  );
}
