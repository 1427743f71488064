import "server-only";
import { db } from "../db";
import type { Prisma } from "../db/generated/sqlite/client";
import { requireMember, type Actor } from "./access";
import { csvHeader, csvRow } from "./export-format";
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/text";

export { csvCell } from "./export-format";

/** What a member may see of a check-in: shared entries, and their own private ones. */
const visibleTo = (userId: string) => ({ OR: [{ shared: true }, { authorId: userId }] });

type JsonCheckInRow = Prisma.CheckInGetPayload<{ select: typeof JSON_CHECKIN_SELECT }>;

function checkInForExport({ author, authorId, signs, triggers, ...c }: JsonCheckInRow, userId: string, formerMember: string) {
  return {
    ...c,
    // "How are you doing yourself?" is each person's own, as on the dashboard.
    wellbeing: authorId === userId ? c.wellbeing : null,
    date: c.date.toISOString().slice(0, 10),
    author: author?.name ?? formerMember,
    signs: signs.map((s) => s.signId),
    triggers: triggers.map((t) => t.triggerId),
  };
}

/**
 * Everything the family holds that this member may see, as one JSON document: the family, its
 * members, check-ins (shared ones and the member's own private ones), the safety plan and its
 * versions, and invitation records (never tokens). Its field names and ids are stable English
 * keys for programs; the words meant for a person (the note, "A former member") are in the
 * person's language.
 */
export async function exportFamilyJson(actor: Actor, familyId: string, now = new Date(), options: { withCheckIns?: boolean; locale?: Locale } = {}) {
  const access = await requireMember(actor, familyId);
  const [family, members, checkIns, plan, planVersions, invites] = await Promise.all([
    db.family.findUniqueOrThrow({ where: { id: access.familyId }, select: { id: true, name: true, lovedOneName: true, createdAt: true } }),
    db.membership.findMany({ where: { familyId: access.familyId }, select: { role: true, createdAt: true, user: { select: { name: true } } } }),
    options.withCheckIns === false
      ? Promise.resolve([])
      : db.checkIn.findMany({
          where: { familyId: access.familyId, ...visibleTo(access.userId) },
          orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
          select: JSON_CHECKIN_SELECT,
        }),
    db.safetyPlan.findUnique({ where: { familyId: access.familyId }, select: { version: true, content: true, updatedAt: true } }),
    db.safetyPlanVersion.findMany({ where: { familyId: access.familyId }, orderBy: { version: "desc" }, select: { version: true, content: true, editedBy: true, createdAt: true } }),
    access.role === "owner"
      ? db.familyInvite.findMany({ where: { familyId: access.familyId }, select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true } })
      : Promise.resolve([]),
  ]);
  const parse = (content: string) => {
    try {
      return JSON.parse(content);
    } catch {
      return content;
    }
  };
  const t = translator(options.locale ?? "en");
  const formerMember = t("Export.formerMember");
  return {
    exportedAt: now.toISOString(),
    note: t("Export.jsonNote"),
    family,
    members: members.map((m) => ({ name: m.user.name, role: m.role, joinedAt: m.createdAt })),
    checkIns: checkIns.map((row) => checkInForExport(row, access.userId, formerMember)),
    safetyPlan: plan ? { ...plan, content: parse(plan.content) } : null,
    safetyPlanVersions: planVersions.map((v) => ({ ...v, content: parse(v.content) })),
    invites,
  };
}

const JSON_CHECKIN_SELECT = {
  id: true, date: true, worry: true, wellbeing: true, otherSigns: true, note: true, shared: true, useSuspected: true, createdAt: true, updatedAt: true,
  authorId: true,
  author: { select: { name: true } },
  signs: { select: { signId: true, stageId: true } },
  triggers: { select: { triggerId: true, groupId: true } },
} as const;

/** `JSON.stringify(value, null, 2)` for a value written `depth` levels inside a document. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/**
 * The same document as exportFamilyJson, byte for byte as `JSON.stringify(…, null, 2)` writes
 * it, streamed: the family's small parts are read first, then the check-ins in batches.
 */
export async function streamFamilyJson(actor: Actor, familyId: string, now = new Date(), locale: Locale = "en"): Promise<AsyncIterable<string>> {
  const access = await requireMember(actor, familyId);
  const small = await exportFamilyJson(actor, familyId, now, { withCheckIns: false, locale });
  const formerMember = translator(locale)("Export.formerMember");
  const { checkIns: _none, ...rest } = small;
  void _none;
  const keys = Object.keys(rest) as (keyof typeof rest)[];
  const before = keys.slice(0, keys.indexOf("members") + 1);
  const after = keys.slice(keys.indexOf("members") + 1);
  return (async function* () {
    yield `{\n${before.map((key) => `  ${JSON.stringify(key)}: ${nested(rest[key], 1)}`).join(",\n")},\n  "checkIns": [`;
    let first = true;
    for await (const rows of checkInBatches(access.familyId, access.userId, JSON_CHECKIN_SELECT)) {
      let chunk = "";
      for (const row of rows) {
        chunk += `${first ? "" : ","}\n    ${nested(checkInForExport(row, access.userId, formerMember), 2)}`;
        first = false;
      }
      yield chunk;
    }
    yield `${first ? "" : "\n  "}],\n${after.map((key) => `  ${JSON.stringify(key)}: ${nested(rest[key], 1)}`).join(",\n")}\n}`;
  })();
}

const CSV_SELECT = {
  id: true, date: true, worry: true, wellbeing: true, otherSigns: true, note: true, shared: true, useSuspected: true, createdAt: true,
  authorId: true,
  author: { select: { name: true } },
  signs: { select: { signId: true, stageId: true } },
  triggers: { select: { triggerId: true } },
} as const;

/** Rows fetched per query while streaming: memory stays flat however many check-ins a family has. */
export const EXPORT_BATCH = 500;

/**
 * The check-ins this member may see, newest first, in batches (keyset pagination on the unique
 * id, in the timeline's order), so an export of 100,000 check-ins never holds them all at once.
 */
async function* checkInBatches<S extends Prisma.CheckInSelect & { id: true }>(familyId: string, userId: string, select: S) {
  let cursor: string | undefined;
  for (;;) {
    const rows = (await db.checkIn.findMany({
      where: { familyId, ...visibleTo(userId) },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: EXPORT_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select,
    })) as unknown as (Prisma.CheckInGetPayload<{ select: S }> & { id: string })[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < EXPORT_BATCH) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

/**
 * The check-ins as CSV, in words (lib/family/export-format.ts) of the person's language, times
 * in `timeZone` (UTC by default), streamed: the membership check happens before the first byte,
 * so a stranger gets NotFoundError (a 404), never a partial file.
 */
export async function streamCheckInsCsv(actor: Actor, familyId: string, timeZone = "UTC", locale: Locale = "en"): Promise<AsyncIterable<string>> {
  const access = await requireMember(actor, familyId);
  return (async function* () {
    yield csvHeader(timeZone, locale);
    for await (const rows of checkInBatches(access.familyId, access.userId, CSV_SELECT)) {
      let chunk = "";
      for (const row of rows) chunk += csvRow(row, { userId: access.userId, timeZone, locale });
      yield chunk;
    }
  })();
}

export async function exportCheckInsCsv(actor: Actor, familyId: string, timeZone = "UTC", locale: Locale = "en"): Promise<string> {
  let text = "";
  for await (const chunk of await streamCheckInsCsv(actor, familyId, timeZone, locale)) text += chunk;
  return text;
}
