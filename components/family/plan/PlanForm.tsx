import { useLocale, useTranslations } from "next-intl";
import { pagePath } from "@/lib/content";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import { PLAN_LIMITS, checklistGroups, type ChecklistKind, type PlanContent } from "@/lib/family/plan";
import type { FormAction } from "@/lib/forms/form-state";
import { AddedNotice, ExpectedVersionField, ListError, PlanErrorSummary } from "./FormBits";
import { OWN_WORDS_LABELS, groupAnchor } from "./labels";
import { partAnchor, partKey, planPath, type PlanPartId } from "./parts";
import { PartGuideLink } from "./PartGuideLink";
import { rightNowPath } from "@/components/relapse-moment/paths";
import type { Locale } from "@/lib/i18n/locales";


/** Rows to show: the saved ones and one blank one ("Save and add another" brings the next). */
const rowCount = (saved: number, limit: number, atLeast = 1) => Math.min(limit, Math.max(saved + 1, atLeast));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

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
  const t = useTranslations("PlanForm");
  return (
    <ActionForm action={action} submitLabel={t("save")} errorSummary={<PlanErrorSummary />} extraActions={<AddAnother part={part} content={content} />}>
      {added ? <AddedNotice /> : null}
      <ExpectedVersionField version={version} />
      <PartFields part={part} content={content} />
      <p className="m-0">
        {fromRightNow ? (
          <a href={rightNowPath(familyId, { checkIn: fromRightNow.checkIn }, "#your-plan")} className="tap">{t("goBackNoSave")}</a>
        ) : (
          <a href={planPath(familyId, `#${partAnchor(part)}`)} className="tap">{t("backNoSave")}</a>
        )}
      </p>
    </ActionForm>
  );
}

const LIST_PARTS = {
  people: { saved: (c: PlanContent) => c.people.length, limit: PLAN_LIMITS.people },
  treatment: { saved: (c: PlanContent) => c.treatment.length, limit: PLAN_LIMITS.treatment },
  relapse: { saved: (c: PlanContent) => c.relapseSteps.length, limit: PLAN_LIMITS.relapseSteps },
} as const;
const isListPart = (part: PlanPartId): part is keyof typeof LIST_PARTS => part in LIST_PARTS;

/** A second submit button for the list parts, while the list has room. */
function AddAnother({ part, content }: { part: PlanPartId; content: PlanContent }) {
  const t = useTranslations("PlanForm");
  if (!isListPart(part)) return null;
  const list = LIST_PARTS[part];
  if (list.saved(content) + 1 >= list.limit) return null;
  return (
    <button type="submit" name="intent" value="add-row" className="button button-secondary">
      {t(`addAnother.${part}`)}
    </button>
  );
}

function PartFields({ part, content }: { part: PlanPartId; content: PlanContent }) {
  const t = useTranslations("PlanForm");
  const plan = useTranslations("Plan");
  const locale = useLocale();
  const e = content.emergency;
  const people = rowCount(content.people.length, PLAN_LIMITS.people);
  const treatment = rowCount(content.treatment.length, PLAN_LIMITS.treatment);
  const steps = rowCount(content.relapseSteps.length, PLAN_LIMITS.relapseSteps, 3);
  switch (part) {
    case "emergency":
      return (
        <Part id="emergency">
          <p className="m-0">
            {t("intros.emergency")}
          </p>
          <TextField
            name="emergency.naloxoneLocation"
            label={t("labels.naloxoneLocation")}
            hint={t("hints.naloxoneLocation")}
            defaultValue={e.naloxoneLocation}
            maxLength={PLAN_LIMITS.medium}
            autoComplete="off"
          />
          <TextField
            name="emergency.naloxoneWhoKnows"
            label={t("labels.naloxoneWhoKnows")}
            hint={t("hints.naloxoneWhoKnows")}
            defaultValue={e.naloxoneWhoKnows}
            maxLength={PLAN_LIMITS.medium}
            autoComplete="off"
          />
          <TextField
            name="emergency.naloxoneExpiry"
            type="date"
            label={t("labels.naloxoneExpiry")}
            hint={t("hints.naloxoneExpiry")}
            defaultValue={e.naloxoneExpiry}
          />
          <TextField
            name="emergency.hospitalName"
            label={t("labels.hospitalName")}
            defaultValue={e.hospitalName}
            maxLength={PLAN_LIMITS.short}
            autoComplete="off"
          />
          <TextArea
            name="emergency.hospitalAddress"
            label={t("labels.hospitalAddress")}
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
            {t("intros.people")}
          </p>
          <ListError name="people" />
          {range(people).map((i) => {
            const row = content.people[i];
            return (
              <Row key={i} legend={t("person", { number: i + 1 })} isNew={i === content.people.length}>
                <TextField name={`people.${i}.name`} label={t("labels.name")} defaultValue={row?.name} maxLength={PLAN_LIMITS.short} autoComplete="off" />
                <TextField
                  name={`people.${i}.relationship`}
                  label={t("labels.relationship")}
                  hint={i === 0 ? t("hints.relationship") : undefined}
                  defaultValue={row?.relationship}
                  maxLength={PLAN_LIMITS.label}
                  autoComplete="off"
                />
                <TextField name={`people.${i}.phone`} type="tel" label={t("labels.phone")} defaultValue={row?.phone} maxLength={PLAN_LIMITS.phone} autoComplete="off" />
                <TextField
                  name={`people.${i}.whenToCall`}
                  label={t("labels.whenToCall")}
                  hint={i === 0 ? t("hints.whenToCall") : undefined}
                  defaultValue={row?.whenToCall}
                  maxLength={PLAN_LIMITS.note}
                  autoComplete="off"
                />
              </Row>
            );
          })}
          {people === PLAN_LIMITS.people ? <p className="muted m-0">{t("peopleLimit", { count: PLAN_LIMITS.people })}</p> : null}
        </Part>
      );
    case "treatment":
      return (
        <Part id="treatment">
          <p className="m-0">{t("intros.treatment")}</p>
          <ListError name="treatment" />
          {range(treatment).map((i) => {
            const row = content.treatment[i];
            return (
              <Row key={i} legend={t("teamMember", { number: i + 1 })} isNew={i === content.treatment.length}>
                <TextField name={`treatment.${i}.name`} label={t("labels.name")} defaultValue={row?.name} maxLength={PLAN_LIMITS.short} autoComplete="off" />
                <TextField
                  name={`treatment.${i}.role`}
                  label={t("labels.role")}
                  hint={i === 0 ? t("hints.role") : undefined}
                  defaultValue={row?.role}
                  maxLength={PLAN_LIMITS.label}
                  autoComplete="off"
                />
                <TextField name={`treatment.${i}.phone`} type="tel" label={t("labels.phone")} defaultValue={row?.phone} maxLength={PLAN_LIMITS.phone} autoComplete="off" />
                <TextArea name={`treatment.${i}.notes`} label={t("labels.notes")} rows={2} defaultValue={row?.notes} maxLength={PLAN_LIMITS.medium} />
              </Row>
            );
          })}
          {treatment === PLAN_LIMITS.treatment ? <p className="muted m-0">{t("treatmentLimit", { count: PLAN_LIMITS.treatment })}</p> : null}
        </Part>
      );
    case "signs":
      return (
        <Part id="signs">
          <p className="m-0">
            {t("intros.signs")} <NewTab href={pagePath("stages-of-relapse", locale)}>{t("readStages")}</NewTab>
          </p>
          <Checklist kind="signs" chosen={content.signs.ids} locale={locale} />
          <TextArea name="signs.ownWords" label={t(`labels.${OWN_WORDS_LABELS["signs.ownWords"]}`)} defaultValue={content.signs.ownWords} maxLength={PLAN_LIMITS.ownWords} />
        </Part>
      );
    case "triggers":
      return (
        <Part id="triggers">
          <p className="m-0">
            {t("intros.triggers")} <NewTab href={pagePath("triggers", locale)}>{t("readTriggers")}</NewTab>
          </p>
          <Checklist kind="triggers" chosen={content.triggers.ids} locale={locale} />
          <TextArea name="triggers.ownWords" label={t(`labels.${OWN_WORDS_LABELS["triggers.ownWords"]}`)} defaultValue={content.triggers.ownWords} maxLength={PLAN_LIMITS.ownWords} />
        </Part>
      );
    case "responses":
      return (
        <Part id="responses">
          <p className="m-0">
            {t("intros.responses")} <NewTab href={pagePath("responding-to-relapse", locale)}>{t("readResponses")}</NewTab>
          </p>
          <Checklist kind="responses" chosen={content.responses.ids} only="helpful" locale={locale} />
          <TextArea name="responses.ownWords" label={t(`labels.${OWN_WORDS_LABELS["responses.ownWords"]}`)} defaultValue={content.responses.ownWords} maxLength={PLAN_LIMITS.ownWords} />
          <Checklist kind="responses" chosen={content.responses.ids} only="avoid" locale={locale} />
          <TextArea
            name="responses.avoidOwnWords"
            label={t(`labels.${OWN_WORDS_LABELS["responses.avoidOwnWords"]}`)}
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
          <TextArea name={part} label={plan(partKey(part, "title"))} hint={t(`hints.${part}`)} rows={6} defaultValue={content[part]} maxLength={PLAN_LIMITS.long} />
        </Part>
      );
    case "relapse":
      return (
        <Part id="relapse">
          <p className="m-0">
            {t("intros.relapse")}
          </p>
          <ListError name="relapseSteps" />
          <ol className="m-0 grid list-none gap-3 p-0">
            {range(steps).map((i) => (
              <li key={i} id={i === content.relapseSteps.length ? "new-row" : undefined}>
                <TextField
                  name={`relapseSteps.${i}`}
                  label={t("step", { number: i + 1 })}
                  defaultValue={content.relapseSteps[i]}
                  maxLength={PLAN_LIMITS.medium}
                  autoComplete="off"
                />
              </li>
            ))}
          </ol>
          {steps === PLAN_LIMITS.relapseSteps ? <p className="muted m-0">{t("stepsLimit", { count: PLAN_LIMITS.relapseSteps })}</p> : null}
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
  const t = useTranslations("PlanForm");
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span className="sr-only">{t("newTab")}</span>
    </a>
  );
}

function Checklist({ kind, chosen, only, locale }: { kind: ChecklistKind; chosen: string[]; only?: string; locale: Locale }) {
  const ids = new Set(chosen);
  return (
    <>
      {checklistGroups(kind, locale)
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
