import "server-only";
import { z } from "zod";
import { db } from "../db";
import { getCatalogue, type Catalogue } from "../content";
import { FALLBACK_TIME_ZONE, dayString, dayToDate, isRealDay, latestToday, todayIn } from "../dates";
import { assertId, requireMember, type Actor } from "./access";
import { NotFoundError, RuleError } from "../errors";
import { notifyCheckInSaved } from "../notifications/events";

/**
 * Check-ins: "what we noticed". A check-in is one person's notes about one calendar day: the
 * signs they saw (catalogue ids), triggers, how worried they are, how they are doing themselves,
 * and a note. Shared check-ins are seen by every member; private ones only by their author, here
 * and in every count. Only the author can change or delete an entry.
 *
 * The sign and trigger rows carry copies of familyId, authorId, shared and date, so the dashboard
 * (lib/family/trend.ts) can count them with one indexed query. They are always written in the
 * same database operation as the check-in itself, so they never disagree with it.
 */

// ---------------------------------------------------------------------------------------------
// Calendar days

/** How far back a check-in may be dated. */
export const MAX_YEARS_BACK = 5;

// Days are "YYYY-MM-DD" calendar dates, handled by the one dates module.
export { addDays, dayString, dayToDate } from "../dates";

/**
 * The latest day anyone can call "today": the calendar date at UTC+14. A check-in dated after
 * this is in the future everywhere on Earth.
 */
export function latestCheckInDate(now: Date = new Date()): string {
  return latestToday(now);
}

/** The earliest day a check-in may have: five years before "today". */
export function earliestCheckInDate(now: Date = new Date()): string {
  const latest = dayToDate(latestCheckInDate(now));
  latest.setUTCFullYear(latest.getUTCFullYear() - MAX_YEARS_BACK);
  return dayString(latest);
}

/** The day a new check-in form starts with: today where the person is (they can change it). */
export function suggestedCheckInDate(timeZone: string = FALLBACK_TIME_ZONE, now: Date = new Date()): string {
  const local = todayIn(timeZone, now);
  const latest = latestCheckInDate(now);
  return local > latest ? latest : local;
}

// ---------------------------------------------------------------------------------------------
// The catalogue, indexed

type CatalogueIndex = {
  signs: Map<string, { id: string; label: string; stageId: string; stageName: string }>;
  triggers: Map<string, { id: string; label: string; groupId: string; groupName: string }>;
};

let indexed: { catalogue: Catalogue; index: CatalogueIndex } | undefined;

/** Signs and triggers by id, with the stage or group each belongs to. */
export function catalogueIndex(): CatalogueIndex {
  const catalogue = getCatalogue();
  if (indexed?.catalogue !== catalogue) {
    const index: CatalogueIndex = { signs: new Map(), triggers: new Map() };
    for (const stage of catalogue.stages) {
      for (const sign of stage.signs) index.signs.set(sign.id, { ...sign, stageId: stage.id, stageName: stage.name });
    }
    for (const group of catalogue.triggerGroups) {
      for (const trigger of group.triggers) index.triggers.set(trigger.id, { ...trigger, groupId: group.id, groupName: group.name });
    }
    indexed = { catalogue, index };
  }
  return indexed.index;
}

// ---------------------------------------------------------------------------------------------
// Input

export const NOTE_MAX = 2000;
export const OTHER_SIGNS_MAX = 500;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const VISIBILITIES = ["family", "private"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Browsers send line breaks as \r\n; count them as one character, as the textarea does. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, tooLong))
    .transform((value) => value || undefined);

/** A 1-5 answer, from a radio button ("3") or from code (3). */
const score = (missing: string) =>
  z
    .union([z.number(), z.string()], { error: missing })
    .transform((value) => (typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value)) : value))
    .pipe(
      z
        .number({ error: missing })
        .int(missing)
        .min(SCORE_MIN, `Choose a number from ${SCORE_MIN} to ${SCORE_MAX}.`)
        .max(SCORE_MAX, `Choose a number from ${SCORE_MIN} to ${SCORE_MAX}.`),
    );

/** Ticked ids: a list without repeats, each one in the catalogue. */
const catalogueIds = (kind: "signs" | "triggers", unknown: string) =>
  z
    .array(z.string().trim(), { error: unknown })
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])].filter(Boolean))
    .refine((ids) => ids.every((id) => catalogueIndex()[kind].has(id)), { error: unknown });

export const checkInInput = z.object({
  date: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || suggestedCheckInDate())
    .refine(isRealDay, { error: "Enter the date as year-month-day, like 2025-03-14.", abort: true })
    .refine((day) => day <= latestCheckInDate(), { error: "This date is in the future. Choose today or an earlier day." })
    .refine((day) => day >= earliestCheckInDate(), { error: `Choose a date in the last ${MAX_YEARS_BACK} years.` }),
  signs: catalogueIds("signs", "One of the signs is not in our list. Please tick the signs again."),
  otherSigns: optionalText(OTHER_SIGNS_MAX, `Use at most ${OTHER_SIGNS_MAX} characters here.`),
  triggers: catalogueIds("triggers", "One of the triggers is not in our list. Please tick them again."),
  worry: score("Choose how worried you are, from 1 to 5."),
  wellbeing: score("Choose how you are doing yourself, from 1 to 5."),
  note: optionalText(NOTE_MAX, `Use at most ${NOTE_MAX.toLocaleString("en-US")} characters in your note.`),
  visibility: z
    .enum(VISIBILITIES, { error: "Choose who can see this check-in." })
    .nullish()
    .transform((value) => value ?? "family"),
  useSuspected: z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((value) => value === true || value === "yes" || value === "on" || value === "true"),
});

/** What a caller passes in (form strings or typed values). */
export type CheckInInput = z.input<typeof checkInInput>;
/** After validation. Valid output is valid input again. */
export type CheckInData = z.output<typeof checkInInput>;

/** Validates, turning the first problem into a RuleError that names its field. */
function validate(input: CheckInInput): CheckInData {
  const result = checkInInput.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RuleError(issue?.message ?? "Please check the check-in.", issue?.path[0]?.toString());
  }
  return result.data;
}

/** The check-in's columns, and the sign and trigger rows with their copied columns. */
function rows(familyId: string, authorId: string, data: CheckInData) {
  const date = dayToDate(data.date);
  const shared = data.visibility === "family";
  const { signs, triggers } = catalogueIndex();
  return {
    fields: {
      date,
      worry: data.worry,
      wellbeing: data.wellbeing,
      otherSigns: data.otherSigns ?? null,
      note: data.note ?? null,
      shared,
      useSuspected: data.useSuspected,
    },
    signs: data.signs.map((signId) => ({ familyId, authorId, shared, date, signId, stageId: signs.get(signId)!.stageId })),
    triggers: data.triggers.map((triggerId) => ({ familyId, authorId, shared, date, triggerId, groupId: triggers.get(triggerId)!.groupId })),
  };
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

// ---------------------------------------------------------------------------------------------
// Writes

/** Saves a check-in by the actor, with its sign and trigger rows, in one transaction. */
export async function createCheckIn(actor: Actor | null | undefined, familyId: string, input: CheckInInput) {
  const access = await requireMember(actor, familyId);
  const data = validate(input);
  const { fields, signs, triggers } = rows(access.familyId, access.userId, data);
  const created = await db.checkIn.create({
    data: {
      ...fields,
      familyId: access.familyId,
      authorId: access.userId,
      signs: { createMany: { data: signs } },
      triggers: { createMany: { data: triggers } },
    },
    select: { id: true, date: true, useSuspected: true },
  });
  await notifyCheckInSaved(access.familyId, access.userId, { id: created.id, date: dayString(created.date), useSuspected: created.useSuspected, shared: fields.shared });
  return { id: created.id, date: dayString(created.date), useSuspected: created.useSuspected };
}

/**
 * Replaces the actor's own check-in: its fields, and all its sign and trigger rows, in one
 * transaction. Someone else's entry, or one in another family, is NotFound.
 */
export async function updateCheckIn(actor: Actor | null | undefined, familyId: string, checkInId: string, input: CheckInInput) {
  const access = await requireMember(actor, familyId);
  assertId(checkInId);
  const data = validate(input);
  const { fields, signs, triggers } = rows(access.familyId, access.userId, data);
  try {
    const updated = await db.checkIn.update({
      where: { id: checkInId, familyId: access.familyId, authorId: access.userId },
      data: {
        ...fields,
        signs: { deleteMany: {}, createMany: { data: signs } },
        triggers: { deleteMany: {}, createMany: { data: triggers } },
      },
      select: { id: true, date: true, useSuspected: true },
    });
    await notifyCheckInSaved(access.familyId, access.userId, { id: updated.id, date: dayString(updated.date), useSuspected: updated.useSuspected, shared: fields.shared });
    return { id: updated.id, date: dayString(updated.date), useSuspected: updated.useSuspected };
  } catch (error) {
    if (isRecordNotFound(error)) throw new NotFoundError();
    throw error;
  }
}

/** Deletes the actor's own check-in (its sign and trigger rows go with it). */
export async function deleteCheckIn(actor: Actor | null | undefined, familyId: string, checkInId: string): Promise<void> {
  const access = await requireMember(actor, familyId);
  assertId(checkInId);
  const where = { checkInId, familyId: access.familyId };
  // The ownership check is the first statement of the transaction; deleting the child rows
  // explicitly does not rely on the database enforcing ON DELETE CASCADE.
  await db.$transaction(async (tx) => {
    const own = await tx.checkIn.findFirst({ where: { id: checkInId, familyId: access.familyId, authorId: access.userId }, select: { id: true } });
    if (!own) throw new NotFoundError();
    await tx.checkInSign.deleteMany({ where });
    await tx.checkInTrigger.deleteMany({ where });
    await tx.checkIn.delete({ where: { id: own.id } });
  });
}

// ---------------------------------------------------------------------------------------------
// Reads

/** The actor's own check-in as form values, for the edit page. Anyone else's is NotFound. */
export async function getCheckInForEdit(actor: Actor | null | undefined, familyId: string, checkInId: string) {
  const access = await requireMember(actor, familyId);
  assertId(checkInId);
  const entry = await db.checkIn.findFirst({
    where: { id: checkInId, familyId: access.familyId, authorId: access.userId },
    select: {
      id: true,
      date: true,
      worry: true,
      wellbeing: true,
      otherSigns: true,
      note: true,
      shared: true,
      useSuspected: true,
      signs: { select: { signId: true } },
      triggers: { select: { triggerId: true } },
    },
  });
  if (!entry) throw new NotFoundError();
  const { signs, triggers } = catalogueIndex();
  return {
    id: entry.id,
    date: dayString(entry.date),
    // Ids since removed from the catalogue are left out: saving would refuse them.
    signs: entry.signs.map((s) => s.signId).filter((id) => signs.has(id)),
    triggers: entry.triggers.map((t) => t.triggerId).filter((id) => triggers.has(id)),
    otherSigns: entry.otherSigns ?? "",
    worry: String(entry.worry),
    wellbeing: String(entry.wellbeing),
    note: entry.note ?? "",
    visibility: (entry.shared ? "family" : "private") as Visibility,
    useSuspected: entry.useSuspected,
  };
}

export const PAGE_SIZE = 20;
/** The timeline counts at most this many entries past the page asked for (see listCheckIns). */
export const COUNT_AHEAD = 1000;
const MAX_PAGE = 100_000;

export type CheckInFilters = { stage?: string | null; authorId?: string | null; page?: number | string | null };

/** Rows this person may see in a family: everything shared, and their own private entries. */
export function visibleTo(familyId: string, userId: string) {
  return { familyId, OR: [{ shared: true }, { authorId: userId }] };
}

/**
 * The family's timeline, newest first, 20 to a page. Filters: a stage (entries with at least one
 * sign of that stage) and a person (a current member). Unknown filter values are ignored.
 * Another member's well-being answer is not included: each person sees only their own.
 */
export async function listCheckIns(actor: Actor | null | undefined, familyId: string, filters: CheckInFilters = {}) {
  const access = await requireMember(actor, familyId);
  const catalogue = getCatalogue();
  const { signs, triggers } = catalogueIndex();

  const members = await db.membership.findMany({
    where: { familyId: access.familyId },
    select: { userId: true, user: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const people = members.map((m) => ({ id: m.userId, name: m.user.name, isYou: m.userId === access.userId }));

  const stage = catalogue.stages.find((s) => s.id === filters.stage)?.id;
  const authorId = people.find((p) => p.id === filters.authorId)?.id;
  const where = {
    ...visibleTo(access.familyId, access.userId),
    ...(authorId ? { authorId } : {}),
    // familyId inside too, so the sign subquery uses the (familyId, date, stageId) index.
    ...(stage ? { signs: { some: { familyId: access.familyId, stageId: stage } } } : {}),
  };

  // Count only as far as the requested page plus COUNT_AHEAD entries: the first page of a
  // 100,000-entry history then costs what it costs for a young family. Below that, exact.
  const requested = Number.parseInt(String(filters.page ?? "1"), 10);
  const wanted = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), MAX_PAGE) : 1;
  const countLimit = wanted * PAGE_SIZE + COUNT_AHEAD;
  // Ordered by date so the database walks the (familyId, date) index and stops at the limit;
  // without an order Prisma sorts by id, which reads every row first.
  const total = await db.checkIn.count({ where, take: countLimit, orderBy: { date: "desc" } });
  const totalIsExact = total < countLimit;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(wanted, pages);

  const found = await db.checkIn.findMany({
    where,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      date: true,
      authorId: true,
      author: { select: { name: true } },
      worry: true,
      wellbeing: true,
      otherSigns: true,
      note: true,
      shared: true,
      useSuspected: true,
      createdAt: true,
      updatedAt: true,
      signs: { select: { signId: true } },
      triggers: { select: { triggerId: true } },
    },
  });

  const stageOrder = new Map<string, number>(catalogue.stages.map((s, i) => [s.id, i]));
  const groupOrder = new Map<string, number>(catalogue.triggerGroups.map((g, i) => [g.id, i]));

  const entries = found.map((entry) => {
    const isMine = entry.authorId === access.userId;
    return {
      id: entry.id,
      date: dayString(entry.date),
      author: entry.authorId ? { id: entry.authorId, name: entry.author?.name ?? "A former member" } : null,
      isMine,
      shared: entry.shared,
      worry: entry.worry,
      wellbeing: isMine ? entry.wellbeing : null,
      useSuspected: entry.useSuspected,
      otherSigns: entry.otherSigns,
      note: entry.note,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      signs: entry.signs
        .flatMap(({ signId }) => {
          const sign = signs.get(signId);
          return sign ? [{ id: sign.id, label: sign.label, stageId: sign.stageId, stageName: sign.stageName }] : [];
        })
        .sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0)),
      triggers: entry.triggers
        .flatMap(({ triggerId }) => {
          const trigger = triggers.get(triggerId);
          return trigger ? [{ id: trigger.id, label: trigger.label, groupId: trigger.groupId, groupName: trigger.groupName }] : [];
        })
        .sort((a, b) => (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0)),
    };
  });

  return {
    entries,
    /** All matching entries, or (when totalIsExact is false) at least this many. */
    total,
    totalIsExact,
    page,
    pages,
    perPage: PAGE_SIZE,
    filters: { stage, authorId },
    people,
    stages: catalogue.stages.map((s) => ({ id: s.id, name: s.name })),
  };
}

export type CheckInList = Awaited<ReturnType<typeof listCheckIns>>;
export type CheckInEntry = CheckInList["entries"][number];
export type CheckInForEdit = Awaited<ReturnType<typeof getCheckInForEdit>>;
