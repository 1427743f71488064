import "server-only";
import { z } from "zod";
import { getCatalogue } from "../../content";
import { msg } from "../../i18n/keys";

/**
 * The safety plan's content: what each section may hold, and how stored content is read back.
 * The content is JSON text; every section is optional, so a family can fill it in bit by bit.
 */

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


/** The limits a message names ({short}, {medium}…): the plan's forms send them with their errors. */
export const PLAN_LIMIT_VALUES: Record<string, number> = { ...PLAN_LIMITS };

const TOO_LONG = {
  short: msg("PlanForm.errors.tooLong.short"),
  label: msg("PlanForm.errors.tooLong.label"),
  note: msg("PlanForm.errors.tooLong.note"),
  medium: msg("PlanForm.errors.tooLong.medium"),
  ownWords: msg("PlanForm.errors.tooLong.ownWords"),
  long: msg("PlanForm.errors.tooLong.long"),
} as const;

/** Trimmed text; blank becomes "not filled in". Windows line breaks count as one character. */
const text = (limit: keyof typeof TOO_LONG) =>
  z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const cleaned = value.replace(/\r\n?/g, "\n").trim();
      return cleaned === "" ? undefined : cleaned;
    },
    z.string().max(PLAN_LIMITS[limit], TOO_LONG[limit]).optional(),
  );

const PHONE = new RegExp(`^[0-9+\\-() ]{3,${PLAN_LIMITS.phone}}$`);
const phone = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() || undefined : value),
  z
    .string()
    .refine((v) => PHONE.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 3, {
      message: msg("PlanForm.errors.phone"),
    })
    .optional(),
);

const isoDate = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() || undefined : value),
  z.iso.date({ message: msg("PlanForm.errors.expiry") }).optional(),
);

const emergency = z
  .object({
    naloxoneLocation: text("medium"),
    naloxoneWhoKnows: text("medium"),
    naloxoneExpiry: isoDate,
    hospitalName: text("short"),
    hospitalAddress: text("medium"),
  })
  .default({});

const hasAny = (row: Record<string, unknown>) => Object.values(row).some((v) => v !== undefined);

const needsNameForPhone = (row: { name?: string; phone?: string }, ctx: z.RefinementCtx) => {
  if (row.phone && !row.name) ctx.addIssue({ code: "custom", path: ["name"], message: msg("PlanForm.errors.nameForPhone") });
};

const personRow = z
  .object({ name: text("short"), relationship: text("label"), phone, whenToCall: text("note") })
  .superRefine(needsNameForPhone);
const treatmentRow = z
  .object({ name: text("short"), role: text("label"), phone, notes: text("medium") })
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
  .array(text("medium"))
  .max(PLAN_LIMITS.rawRows, msg("PlanForm.errors.tooManySteps"))
  .transform((list) => list.filter((step): step is string => step !== undefined))
  .refine((list) => list.length <= PLAN_LIMITS.relapseSteps, msg("PlanForm.errors.tooManyStepsJoin"))
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
  signs: msg("PlanForm.errors.unknownSign"),
  triggers: msg("PlanForm.errors.unknownTrigger"),
  responses: msg("PlanForm.errors.unknownResponse"),
};

/** Catalogue ids, checked against the catalogue, without repeats. */
const ids = (kind: ChecklistKind) =>
  z
    .array(z.string().max(100).refine((id) => catalogueIds(kind).known.has(id), unknownIdMessage[kind]))
    .max(200)
    .transform((list) => [...new Set(list.map((id) => catalogueIds(kind).replacements.get(id) ?? id))])
    .default([]);

const signs = z.object({ ids: ids("signs"), ownWords: text("ownWords") }).default({ ids: [] });
const triggers = z.object({ ids: ids("triggers"), ownWords: text("ownWords") }).default({ ids: [] });
const responses = z
  .object({ ids: ids("responses"), ownWords: text("ownWords"), avoidOwnWords: text("ownWords") })
  .default({ ids: [] });

const sections = {
  emergency,
  people: rows(personRow, PLAN_LIMITS.people, msg("PlanForm.errors.tooManyPeople")),
  treatment: rows(treatmentRow, PLAN_LIMITS.treatment, msg("PlanForm.errors.tooManyTreatment")),
  signs,
  triggers,
  responses,
  boundaries: text("long"),
  goals: text("long"),
  aftercare: text("long"),
  relapseSteps,
};

/** The plan's content. Every section is optional; parsing fills in empty lists. */
export const planContent = z.object(sections);
export type PlanContent = z.output<typeof planContent>;
export type PlanInput = z.input<typeof planContent>;

export const emptyPlan = (): PlanContent => planContent.parse({});

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
  relapseSteps: text("medium"),
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
