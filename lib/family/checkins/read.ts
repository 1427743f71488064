import "server-only";
import { db } from "../../db";
import { getCatalogue } from "../../content";
import { dayString } from "../../dates";
import { NotFoundError } from "../../errors";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import { assertId, requireMember, type Actor } from "../access";
import { catalogueIndex } from "./catalogue-index";
import type { Visibility } from "./input";

/**
 * Reading check-ins: the timeline and one's own entry for editing. Shared check-ins are seen by
 * every member; private ones only by their author. Another member's well-being is never shown.
 */

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
 * Stage, sign and trigger names come from the catalogue in the reader's language (`locale`).
 */
export async function listCheckIns(actor: Actor | null | undefined, familyId: string, filters: CheckInFilters = {}, locale: Locale = DEFAULT_LOCALE) {
  const access = await requireMember(actor, familyId);
  const catalogue = getCatalogue(locale);
  const { signs, triggers } = catalogueIndex(locale);

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
      // A name of null: the person's account is gone (the page says so in the reader's language).
      author: entry.authorId ? { id: entry.authorId, name: entry.author?.name ?? null } : null,
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
