import "server-only";
import { getCatalogue, responsesPath, stagePath, triggerGroupPath } from "../../content";
import { offered } from "../../content/catalogue";
import { formValues, type Parsed } from "../../forms/form-state";
import { msg, translator } from "../../i18n/text";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import { PLAN_PART_SECTIONS, type PlanPart, type PlanSection } from "./parts";
import { PLAN_LIMITS, PLAN_LIMIT_VALUES, planContent, type ChecklistKind, type PlanContent } from "./schema";

/** The plan's edit forms: their field names, and turning a submitted form into plan content. */

export const PERSON_FIELDS = ["name", "relationship", "phone", "whenToCall"] as const;
export const TREATMENT_FIELDS = ["name", "role", "phone", "notes"] as const;
export const EMERGENCY_FIELDS = ["naloxoneLocation", "naloxoneWhoKnows", "naloxoneExpiry", "hospitalName", "hospitalAddress"] as const;
export const TEXT_FIELDS = ["boundaries", "goals", "aftercare"] as const;

export type ChecklistGroup = {
  /** The form field for this group's checkboxes, e.g. "signs.emotional". */
  field: string;
  id: string;
  title: string;
  summary?: string;
  href?: string;
  options: { value: string; label: string }[];
};

/**
 * The checkbox groups of a checklist section, in catalogue order: by stage, trigger group, or
 * helpful / avoid, in the reader's language (the catalogue's ids are the same in every language).
 */
export function checklistGroups(kind: ChecklistKind, locale: Locale = DEFAULT_LOCALE): ChecklistGroup[] {
  const catalogue = getCatalogue(locale);
  const options = (items: { id: string; label: string; retired?: true }[]) =>
    offered(items).map((item) => ({ value: item.id, label: item.label }));
  if (kind === "signs") {
    return catalogue.stages.map((stage) => ({
      field: `signs.${stage.id}`,
      id: stage.id,
      title: stage.name,
      summary: stage.summary,
      href: stagePath(stage.id, locale),
      options: options(stage.signs),
    }));
  }
  if (kind === "triggers") {
    return catalogue.triggerGroups.map((group) => ({
      field: `triggers.${group.id}`,
      id: group.id,
      title: group.name,
      summary: group.summary,
      href: triggerGroupPath(group.id, locale),
      options: options(group.triggers),
    }));
  }
  const t = translator(locale);
  return [
    { field: "responses.helpful", id: "helpful", title: t("Plan.responses.helpful"), href: responsesPath("helpful", locale), options: options(catalogue.responses.helpful) },
    { field: "responses.avoid", id: "avoid", title: t("Plan.responses.avoid"), href: responsesPath("avoid", locale), options: options(catalogue.responses.avoid) },
  ];
}

const CHECKLISTS: ChecklistKind[] = ["signs", "triggers", "responses"];

type FlatValues = Record<string, string | string[]>;

const scalar = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const list = (value: string | string[] | undefined): string[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** Rows named `${prefix}.${index}.${field}`, in index order; `indices` maps list position → form index. */
function collectRows(values: FlatValues, prefix: string, fields: readonly string[]) {
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(${fields.join("|")})$`);
  const byIndex = new Map<number, Record<string, string>>();
  for (const key of Object.keys(values)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = byIndex.get(index) ?? {};
    row[match[2]!] = scalar(values[key]);
    byIndex.set(index, row);
  }
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  return { rows: indices.map((i) => byIndex.get(i)!), indices };
}

function collectSteps(values: FlatValues) {
  const byIndex = new Map<number, string>();
  for (const key of Object.keys(values)) {
    const match = /^relapseSteps\.(\d{1,3})$/.exec(key);
    if (match) byIndex.set(Number(match[1]), scalar(values[key]));
  }
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  return { steps: indices.map((i) => byIndex.get(i)!), indices };
}

/**
 * The submitted edit form (flat names such as people.0.name, signs.emotional) turned into the
 * plan's shape, plus what is needed to point each error back at the field it came from.
 */
export function planInputFromForm(values: FlatValues) {
  const people = collectRows(values, "people", PERSON_FIELDS);
  const treatment = collectRows(values, "treatment", TREATMENT_FIELDS);
  const steps = collectSteps(values);
  const idSources: Record<ChecklistKind, string[]> = { signs: [], triggers: [], responses: [] };
  const checklist = (kind: ChecklistKind) => {
    const chosen: string[] = [];
    for (const group of checklistGroups(kind)) {
      for (const id of list(values[group.field])) {
        chosen.push(id);
        idSources[kind].push(group.field);
      }
    }
    return chosen;
  };
  const input = {
    emergency: Object.fromEntries(EMERGENCY_FIELDS.map((f) => [f, scalar(values[`emergency.${f}`])])),
    people: people.rows,
    treatment: treatment.rows,
    signs: { ids: checklist("signs"), ownWords: scalar(values["signs.ownWords"]) },
    triggers: { ids: checklist("triggers"), ownWords: scalar(values["triggers.ownWords"]) },
    responses: {
      ids: checklist("responses"),
      ownWords: scalar(values["responses.ownWords"]),
      avoidOwnWords: scalar(values["responses.avoidOwnWords"]),
    },
    boundaries: scalar(values.boundaries),
    goals: scalar(values.goals),
    aftercare: scalar(values.aftercare),
    relapseSteps: steps.steps,
  };
  /** The form field an error at this schema path belongs to. */
  const fieldFor = (path: PropertyKey[]): string => {
    const [section, second, third] = path;
    if ((section === "people" || section === "treatment") && typeof second === "number") {
      const index = (section === "people" ? people : treatment).indices[second] ?? second;
      return third === undefined ? `${section}.${index}` : `${section}.${index}.${String(third)}`;
    }
    if (section === "relapseSteps" && typeof second === "number") return `relapseSteps.${steps.indices[second] ?? second}`;
    if (CHECKLISTS.includes(section as ChecklistKind) && second === "ids") {
      const kind = section as ChecklistKind;
      const at = typeof third === "number" ? idSources[kind][third] : undefined;
      return at ?? checklistGroups(kind)[0]!.field;
    }
    return path.map(String).join(".");
  };
  return { input, fieldFor };
}

/**
 * Every field the edit form can show, so that when a refused form is shown again, a field the
 * person did not send (an unticked group, a row added by someone else) comes back empty instead
 * of being filled from the saved plan.
 */
function completeValues(values: FlatValues): FlatValues {
  const all: FlatValues = {};
  for (const f of EMERGENCY_FIELDS) all[`emergency.${f}`] = "";
  for (let i = 0; i < PLAN_LIMITS.people + 2; i++) for (const f of PERSON_FIELDS) all[`people.${i}.${f}`] = "";
  for (let i = 0; i < PLAN_LIMITS.treatment + 2; i++) for (const f of TREATMENT_FIELDS) all[`treatment.${i}.${f}`] = "";
  for (let i = 0; i < PLAN_LIMITS.relapseSteps + 2; i++) all[`relapseSteps.${i}`] = "";
  for (const key of ["signs.ownWords", "triggers.ownWords", "responses.ownWords", "responses.avoidOwnWords", ...TEXT_FIELDS]) all[key] = "";
  const merged = { ...all, ...values };
  // Checkbox groups are always lists; an unticked group is an empty list.
  for (const kind of CHECKLISTS) for (const group of checklistGroups(kind)) merged[group.field] = list(values[group.field]);
  return merged;
}

/** Everything typed in the edit form, to give back when a save is refused. */
export function planFormValues(formData: FormData): FlatValues {
  return completeValues(formValues(formData));
}

/**
 * Validates one part's edit form: only that part's section, with errors keyed by the form's own
 * field names and everything typed given back.
 */
export function parsePlanPartForm(part: PlanPart, formData: FormData | FlatValues): Parsed<{ section: PlanSection; value: unknown }> {
  const values = formData instanceof FormData ? formValues(formData) : formData;
  const { input, fieldFor } = planInputFromForm(values);
  const section = PLAN_PART_SECTIONS[part];
  const result = planContent.shape[section].safeParse(input[section]);
  if (result.success) return { ok: true, data: { section, value: result.data } };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = fieldFor([section, ...issue.path]);
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return {
    ok: false,
    state: { status: "error", message: msg("PlanForm.errors.checkPart"), fieldErrors, values: completeValues(values), messageValues: PLAN_LIMIT_VALUES },
  };
}

/**
 * Validates the submitted edit form. On failure: errors keyed by the form's own field names
 * (people.1.phone, relapseSteps.3, signs.mental …) and every value as typed, so nothing is lost.
 */
export function parsePlanForm(formData: FormData | FlatValues): Parsed<PlanContent> {
  const values = formData instanceof FormData ? formValues(formData) : formData;
  const { input, fieldFor } = planInputFromForm(values);
  const result = planContent.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = fieldFor(issue.path);
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return {
    ok: false,
    state: { status: "error", message: msg("PlanForm.errors.checkFields"), fieldErrors, values: completeValues(values), messageValues: PLAN_LIMIT_VALUES },
  };
}
