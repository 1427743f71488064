import "server-only";
import { z } from "zod";
import { db } from "../db";
import { getCatalogue, responsesPath, stagePath, triggerGroupPath } from "../content";
import { offered } from "../content/catalogue";
import { dayString, daysBetween } from "../dates";
import { formValues, type Parsed } from "../forms/form-state";
import { requireMember, type Actor } from "./access";
import { isUniqueViolation, NotFoundError, RuleError } from "../errors";

/**
 * The family's living safety plan: one current plan per family (SafetyPlan) and its last
 * PLAN_VERSIONS_KEPT versions (SafetyPlanVersion). The content is JSON text validated by
 * `planContent` below. Every part is optional, so a family can fill it in bit by bit.
 */

export const PLAN_VERSIONS_KEPT = 20;

export const PLAN_LIMITS = {
  people: 12,
  treatment: 8,
  relapseSteps: 12,
  /** Rows or steps a submitted form may carry before blank ones are dropped (the form shows 2 spare). */
  rawRows: 40,
  phone: 20,
  short: 80,
  /** A relationship or a role. */
  label: 60,
  /** When to call someone. */
  note: 160,
  medium: 200,
  ownWords: 1000,
  long: 2000,
} as const;

export const STALE_PLAN_MESSAGE =
  "Someone else saved the plan while you were editing. We did not save your changes, so nothing of theirs was lost.";

/** The plan changed since the person started editing it (see savePlan). */
export class StalePlanError extends RuleError {
  constructor() {
    super(STALE_PLAN_MESSAGE);
    this.name = "StalePlanError";
  }
}

// ---------------------------------------------------------------------------------------------
// Content schema

/** Trimmed text; blank becomes "not filled in". Windows line breaks count as one character. */
const text = (max: number) =>
  z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const cleaned = value.replace(/\r\n?/g, "\n").trim();
      return cleaned === "" ? undefined : cleaned;
    },
    z.string().max(max, `Use at most ${max} characters.`).optional(),
  );

const PHONE = new RegExp(`^[0-9+\\-() ]{3,${PLAN_LIMITS.phone}}$`);
const phone = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() || undefined : value),
  z
    .string()
    .refine((v) => PHONE.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 3, {
      message: "Use only numbers, spaces and + - ( ), for example 555-123-4567.",
    })
    .optional(),
);

const isoDate = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() || undefined : value),
  z.iso.date({ message: "Enter the date printed on the box, or leave it empty." }).optional(),
);

const emergency = z
  .object({
    naloxoneLocation: text(PLAN_LIMITS.medium),
    naloxoneWhoKnows: text(PLAN_LIMITS.medium),
    naloxoneExpiry: isoDate,
    hospitalName: text(PLAN_LIMITS.short),
    hospitalAddress: text(PLAN_LIMITS.medium),
  })
  .default({});

const hasAny = (row: Record<string, unknown>) => Object.values(row).some((v) => v !== undefined);

const needsNameForPhone = (row: { name?: string; phone?: string }, ctx: z.RefinementCtx) => {
  if (row.phone && !row.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Add a name, so you know whose number this is." });
};

const personRow = z
  .object({ name: text(PLAN_LIMITS.short), relationship: text(PLAN_LIMITS.label), phone, whenToCall: text(PLAN_LIMITS.note) })
  .superRefine(needsNameForPhone);
const treatmentRow = z
  .object({ name: text(PLAN_LIMITS.short), role: text(PLAN_LIMITS.label), phone, notes: text(PLAN_LIMITS.medium) })
  .superRefine(needsNameForPhone);

/**
 * A list of rows: every submitted row is checked where it stands (so an error points at the row
 * the person typed in), then empty rows are dropped and the limit is applied to what is left.
 */
function rows<T extends Record<string, unknown>>(row: z.ZodType<T>, max: number, tooMany: string) {
  return z
    .array(row)
    .max(PLAN_LIMITS.rawRows, tooMany)
    .transform((list) => list.filter(hasAny))
    .refine((list) => list.length <= max, tooMany)
    .default([]);
}

const relapseSteps = z
  .array(text(PLAN_LIMITS.medium))
  .max(PLAN_LIMITS.rawRows, `You can write up to ${PLAN_LIMITS.relapseSteps} steps.`)
  .transform((list) => list.filter((step): step is string => step !== undefined))
  .refine((list) => list.length <= PLAN_LIMITS.relapseSteps, `You can write up to ${PLAN_LIMITS.relapseSteps} steps. Join some together.`)
  .default([]);

export type ChecklistKind = "signs" | "triggers" | "responses";

type ChecklistIds = { known: Set<string>; replacements: Map<string, string> };
const idCache = new WeakMap<object, Record<ChecklistKind, ChecklistIds>>();

/**
 * The ids a checklist may hold, from the catalogue (worked out once per loaded catalogue), and
 * the retired ids whose advice was replaced: a stored plan moves to the advice that replaced them.
 */
function catalogueIds(kind: ChecklistKind): ChecklistIds {
  const catalogue = getCatalogue();
  let sets = idCache.get(catalogue);
  if (!sets) {
    const build = (items: { id: string; replacedBy?: string }[]): ChecklistIds => ({
      known: new Set(items.map((x) => x.id)),
      replacements: new Map(items.flatMap((x) => (x.replacedBy ? [[x.id, x.replacedBy] as const] : []))),
    });
    sets = {
      signs: build(catalogue.stages.flatMap((s) => s.signs)),
      triggers: build(catalogue.triggerGroups.flatMap((g) => g.triggers)),
      responses: build([...catalogue.responses.helpful, ...catalogue.responses.avoid]),
    };
    idCache.set(catalogue, sets);
  }
  return sets[kind];
}

const unknownIdMessage: Record<ChecklistKind, string> = {
  signs: "Choose warning signs from the list.",
  triggers: "Choose triggers from the list.",
  responses: "Choose responses from the list.",
};

/** Catalogue ids, checked against the catalogue, without repeats. */
const ids = (kind: ChecklistKind) =>
  z
    .array(z.string().max(100).refine((id) => catalogueIds(kind).known.has(id), unknownIdMessage[kind]))
    .max(200)
    .transform((list) => [...new Set(list.map((id) => catalogueIds(kind).replacements.get(id) ?? id))])
    .default([]);

const signs = z.object({ ids: ids("signs"), ownWords: text(PLAN_LIMITS.ownWords) }).default({ ids: [] });
const triggers = z.object({ ids: ids("triggers"), ownWords: text(PLAN_LIMITS.ownWords) }).default({ ids: [] });
const responses = z
  .object({ ids: ids("responses"), ownWords: text(PLAN_LIMITS.ownWords), avoidOwnWords: text(PLAN_LIMITS.ownWords) })
  .default({ ids: [] });

const sections = {
  emergency,
  people: rows(personRow, PLAN_LIMITS.people, `You can list up to ${PLAN_LIMITS.people} people. Keep the ones you would call first.`),
  treatment: rows(treatmentRow, PLAN_LIMITS.treatment, `You can list up to ${PLAN_LIMITS.treatment} people on the treatment team.`),
  signs,
  triggers,
  responses,
  boundaries: text(PLAN_LIMITS.long),
  goals: text(PLAN_LIMITS.long),
  aftercare: text(PLAN_LIMITS.long),
  relapseSteps,
};

/** The plan's content. Every section is optional; parsing fills in empty lists. */
export const planContent = z.object(sections);
export type PlanContent = z.output<typeof planContent>;
export type PlanInput = z.input<typeof planContent>;
export type PlanPerson = PlanContent["people"][number];
export type PlanTreatmentMember = PlanContent["treatment"][number];

export const emptyPlan = (): PlanContent => planContent.parse({});

/**
 * The plan's parts as the editor shows them (one form each), and the section of the content each
 * one saves. The page components list the same ids in the same order (components/family/plan/parts.ts).
 */
export const PLAN_PART_SECTIONS = {
  emergency: "emergency",
  people: "people",
  treatment: "treatment",
  signs: "signs",
  triggers: "triggers",
  responses: "responses",
  boundaries: "boundaries",
  goals: "goals",
  aftercare: "aftercare",
  relapse: "relapseSteps",
} as const satisfies Record<string, keyof PlanContent>;
export type PlanPart = keyof typeof PLAN_PART_SECTIONS;
export type PlanSection = (typeof PLAN_PART_SECTIONS)[PlanPart];
export const isPlanPart = (value: unknown): value is PlanPart => typeof value === "string" && Object.hasOwn(PLAN_PART_SECTIONS, value);

/** True when nothing at all has been written in the plan yet. */
export function isPlanEmpty(plan: PlanContent): boolean {
  return (
    !hasAny(plan.emergency) &&
    plan.people.length === 0 &&
    plan.treatment.length === 0 &&
    plan.signs.ids.length === 0 &&
    !plan.signs.ownWords &&
    plan.triggers.ids.length === 0 &&
    !plan.triggers.ownWords &&
    plan.responses.ids.length === 0 &&
    !plan.responses.ownWords &&
    !plan.responses.avoidOwnWords &&
    !plan.boundaries &&
    !plan.goals &&
    !plan.aftercare &&
    plan.relapseSteps.length === 0
  );
}

const rowSchemas: Partial<Record<keyof typeof sections, z.ZodType>> = {
  people: personRow,
  treatment: treatmentRow,
  relapseSteps: text(PLAN_LIMITS.medium),
};

/**
 * Reads stored content without ever failing: a family must always be able to see its plan, even
 * if a catalogue id was retired or a rule was tightened after it was saved. Unknown ids are left
 * out; a section that no longer passes keeps the rows that do, or else shows as empty.
 */
export function readPlanContent(json: string): PlanContent {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return emptyPlan();
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return emptyPlan();
  const source = raw as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(sections) as (keyof typeof sections)[]) {
    let value = source[key];
    if ((key === "signs" || key === "triggers" || key === "responses") && value && typeof value === "object") {
      const { known } = catalogueIds(key);
      const list = (value as { ids?: unknown }).ids;
      value = { ...value, ids: Array.isArray(list) ? list.filter((id) => typeof id === "string" && known.has(id)) : [] };
    }
    let parsed = sections[key].safeParse(value);
    const row = rowSchemas[key];
    if (!parsed.success && row && Array.isArray(value)) {
      parsed = sections[key].safeParse(value.filter((item) => row.safeParse(item).success));
    }
    result[key] = parsed.success ? parsed.data : undefined;
  }
  return planContent.parse(result);
}

// ---------------------------------------------------------------------------------------------
// Naloxone expiry

export const NALOXONE_SOON_DAYS = 30;

export type NaloxoneStatus =
  | { state: "unknown" }
  | { state: "expired"; expiry: string; days: number }
  | { state: "soon"; expiry: string; days: number }
  | { state: "ok"; expiry: string; days: number };

/**
 * Whether the naloxone is past its date ("expired", `days` since), runs out within 30 days
 * ("soon", `days` left; 0 means today is the last day), or is fine ("ok").
 */
export function naloxoneStatus(expiry: string | undefined, today: Date | string = new Date()): NaloxoneStatus {
  if (!expiry || !z.iso.date().safeParse(expiry).success) return { state: "unknown" };
  const days = daysBetween(typeof today === "string" ? today : dayString(today), expiry);
  if (days < 0) return { state: "expired", expiry, days: -days };
  if (days <= NALOXONE_SOON_DAYS) return { state: "soon", expiry, days };
  return { state: "ok", expiry, days };
}

// ---------------------------------------------------------------------------------------------
// Reading and saving

export type PlanRecord = {
  content: PlanContent;
  /** 0 while the family has not saved a plan yet. */
  version: number;
  updatedAt: Date | null;
  /** The name of whoever saved the current version, as it was then. */
  updatedBy: string | null;
  naloxone: NaloxoneStatus;
};

/** The family's current plan, or an empty plan (version 0) if nobody has saved one yet. */
export async function getPlan(actor: Actor | null | undefined, familyId: string, options: { today?: Date | string } = {}): Promise<PlanRecord> {
  const access = await requireMember(actor, familyId);
  const plan = await db.safetyPlan.findUnique({
    where: { familyId: access.familyId },
    select: { version: true, content: true, updatedAt: true },
  });
  if (!plan) return { content: emptyPlan(), version: 0, updatedAt: null, updatedBy: null, naloxone: { state: "unknown" } };
  const saved = await db.safetyPlanVersion.findUnique({
    where: { familyId_version: { familyId: access.familyId, version: plan.version } },
    select: { editedBy: true },
  });
  const content = readPlanContent(plan.content);
  return {
    content,
    version: plan.version,
    updatedAt: plan.updatedAt,
    updatedBy: saved?.editedBy ?? null,
    naloxone: naloxoneStatus(content.emergency.naloxoneExpiry, options.today),
  };
}

/**
 * Saves a new version of the plan. Any member can edit. `expectedVersion` is the version the
 * person started editing from (0 for a first plan). If someone saved in between, this throws
 * StalePlanError (a RuleError: "Someone else saved the plan while you were editing…") and writes
 * nothing, so nobody overwrites another member's edits without knowing. Invalid content throws a
 * ZodError and writes nothing.
 *
 * In one transaction: the plan row gets the new content and version, a version row is added
 * (with the editor's name as it is now), and versions older than the last 20 are deleted.
 */
export async function savePlan(
  actor: Actor | null | undefined,
  familyId: string,
  content: PlanInput,
  expectedVersion: number,
): Promise<{ version: number; updatedAt: Date }> {
  const access = await requireMember(actor, familyId);
  const data = planContent.parse(content);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) throw new StalePlanError();
  const json = JSON.stringify(data);
  const version = expectedVersion + 1;
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      if (expectedVersion === 0) {
        // Creating: the unique familyId refuses a second "first" plan made at the same moment.
        const existing = await tx.safetyPlan.findUnique({ where: { familyId: access.familyId }, select: { id: true } });
        if (existing) throw new StalePlanError();
        await tx.safetyPlan.create({
          data: { familyId: access.familyId, version, content: json, updatedById: access.userId, updatedAt: now },
        });
      } else {
        // Compare-and-set: only the version the editor started from may be replaced.
        const { count } = await tx.safetyPlan.updateMany({
          where: { familyId: access.familyId, version: expectedVersion },
          data: { version, content: json, updatedById: access.userId, updatedAt: now },
        });
        if (count !== 1) throw new StalePlanError();
      }
      const editor = await tx.user.findUnique({ where: { id: access.userId }, select: { name: true } });
      await tx.safetyPlanVersion.create({
        data: {
          familyId: access.familyId,
          version,
          content: json,
          editedById: access.userId,
          editedBy: editor?.name ?? "A family member",
          createdAt: now,
        },
      });
      await tx.safetyPlanVersion.deleteMany({
        where: { familyId: access.familyId, version: { lte: version - PLAN_VERSIONS_KEPT } },
      });
    });
  } catch (error) {
    // Two saves from the same version at the same moment: the (familyId, version) key stops one.
    if (isUniqueViolation(error)) throw new StalePlanError();
    throw error;
  }
  return { version, updatedAt: now };
}

/**
 * Saves one part of the plan as a new version, keeping the rest as it is now. If someone saved
 * since the editor opened the part, that is fine when they changed other parts; if they changed
 * this part, StalePlanError, and nothing is written (nobody overwrites a change they did not see).
 */
export async function savePlanPart(
  actor: Actor | null | undefined,
  familyId: string,
  section: PlanSection,
  value: unknown,
  expectedVersion: number,
): Promise<{ version: number; updatedAt: Date }> {
  const current = await getPlan(actor, familyId);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0 || expectedVersion > current.version) throw new StalePlanError();
  if (current.version !== expectedVersion) {
    const base =
      expectedVersion === 0 ? emptyPlan() : await getPlanVersion(actor, familyId, expectedVersion).then((v) => v.content, () => null);
    // The version they started from is no longer kept: we cannot tell, so we do not guess.
    if (!base || JSON.stringify(base[section]) !== JSON.stringify(current.content[section])) throw new StalePlanError();
  }
  const merged = { ...current.content, [section]: planContent.shape[section].parse(value) };
  return savePlan(actor, familyId, merged, current.version);
}

export type PlanVersionSummary = { version: number; editedBy: string; createdAt: Date };

/** The saved versions (the last 20), newest first. */
export async function listPlanVersions(actor: Actor | null | undefined, familyId: string): Promise<PlanVersionSummary[]> {
  const access = await requireMember(actor, familyId);
  return db.safetyPlanVersion.findMany({
    where: { familyId: access.familyId },
    orderBy: { version: "desc" },
    take: PLAN_VERSIONS_KEPT,
    select: { version: true, editedBy: true, createdAt: true },
  });
}

export type PlanVersion = PlanVersionSummary & { content: PlanContent; naloxone: NaloxoneStatus };

/** One saved version of this family's plan, or NotFoundError. */
export async function getPlanVersion(
  actor: Actor | null | undefined,
  familyId: string,
  version: number,
  options: { today?: Date | string } = {},
): Promise<PlanVersion> {
  const access = await requireMember(actor, familyId);
  if (!Number.isSafeInteger(version) || version < 1) throw new NotFoundError();
  const row = await db.safetyPlanVersion.findUnique({
    where: { familyId_version: { familyId: access.familyId, version } },
    select: { version: true, editedBy: true, createdAt: true, content: true },
  });
  if (!row) throw new NotFoundError();
  const content = readPlanContent(row.content);
  return { ...row, content, naloxone: naloxoneStatus(content.emergency.naloxoneExpiry, options.today) };
}

// ---------------------------------------------------------------------------------------------
// The edit form: field names and parsing

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

/** The checkbox groups of a checklist section, in catalogue order: by stage, trigger group, or helpful / avoid. */
export function checklistGroups(kind: ChecklistKind): ChecklistGroup[] {
  const catalogue = getCatalogue();
  const options = (items: { id: string; label: string; retired?: true }[]) =>
    offered(items).map((item) => ({ value: item.id, label: item.label }));
  if (kind === "signs") {
    return catalogue.stages.map((stage) => ({
      field: `signs.${stage.id}`,
      id: stage.id,
      title: stage.name,
      summary: stage.summary,
      href: stagePath(stage.id),
      options: options(stage.signs),
    }));
  }
  if (kind === "triggers") {
    return catalogue.triggerGroups.map((group) => ({
      field: `triggers.${group.id}`,
      id: group.id,
      title: group.name,
      summary: group.summary,
      href: triggerGroupPath(group.id),
      options: options(group.triggers),
    }));
  }
  return [
    { field: "responses.helpful", id: "helpful", title: "What we will do", href: responsesPath("helpful"), options: options(catalogue.responses.helpful) },
    { field: "responses.avoid", id: "avoid", title: "What we will not do", href: responsesPath("avoid"), options: options(catalogue.responses.avoid) },
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
    state: { status: "error", message: "Please check this part. Nothing is saved yet.", fieldErrors, values: completeValues(values) },
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
    state: { status: "error", message: "Please check the highlighted fields. Nothing is saved yet.", fieldErrors, values: completeValues(values) },
  };
}
