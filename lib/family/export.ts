import "server-only";
import { db } from "../db";
import { requireMember, type Actor } from "./access";

/** What a member may see of a check-in: shared entries, and their own private ones. */
const visibleTo = (userId: string) => ({ OR: [{ shared: true }, { authorId: userId }] });

/**
 * Everything the family holds that this member may see, as one JSON document: the family, its
 * members, check-ins (shared ones and the member's own private ones), the safety plan and its
 * versions, and invitation records (never tokens).
 */
export async function exportFamilyJson(actor: Actor, familyId: string, now = new Date()) {
  const access = await requireMember(actor, familyId);
  const [family, members, checkIns, plan, planVersions, invites] = await Promise.all([
    db.family.findUniqueOrThrow({ where: { id: access.familyId }, select: { id: true, name: true, lovedOneName: true, createdAt: true } }),
    db.membership.findMany({ where: { familyId: access.familyId }, select: { role: true, createdAt: true, user: { select: { name: true } } } }),
    db.checkIn.findMany({
      where: { familyId: access.familyId, ...visibleTo(access.userId) },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: {
        id: true, date: true, worry: true, wellbeing: true, otherSigns: true, note: true, shared: true, useSuspected: true, createdAt: true, updatedAt: true,
        authorId: true,
        author: { select: { name: true } },
        signs: { select: { signId: true, stageId: true } },
        triggers: { select: { triggerId: true, groupId: true } },
      },
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
  return {
    exportedAt: now.toISOString(),
    note: "Check-ins include those shared with the family and your own private ones.",
    family,
    members: members.map((m) => ({ name: m.user.name, role: m.role, joinedAt: m.createdAt })),
    checkIns: checkIns.map(({ author, authorId, signs, triggers, ...c }) => ({
      ...c,
      // "How are you doing yourself?" is each person's own, as on the dashboard.
      wellbeing: authorId === access.userId ? c.wellbeing : null,
      date: c.date.toISOString().slice(0, 10),
      author: author?.name ?? "A former member",
      signs: signs.map((s) => s.signId),
      triggers: triggers.map((t) => t.triggerId),
    })),
    safetyPlan: plan ? { ...plan, content: parse(plan.content) } : null,
    safetyPlanVersions: planVersions.map((v) => ({ ...v, content: parse(v.content) })),
    invites,
  };
}

const CSV_COLUMNS = ["date", "author", "shared", "worry", "wellbeing", "use_suspected", "signs", "other_signs", "triggers", "note", "created_at"] as const;

/** A CSV cell: quoted, quotes doubled, and formula-looking text defused for spreadsheet apps. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export async function exportCheckInsCsv(actor: Actor, familyId: string) {
  const access = await requireMember(actor, familyId);
  const rows = await db.checkIn.findMany({
    where: { familyId: access.familyId, ...visibleTo(access.userId) },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: {
      date: true, worry: true, wellbeing: true, otherSigns: true, note: true, shared: true, useSuspected: true, createdAt: true,
      authorId: true,
      author: { select: { name: true } },
      signs: { select: { signId: true } },
      triggers: { select: { triggerId: true } },
    },
  });
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) {
    lines.push(
      [
        row.date.toISOString().slice(0, 10),
        row.author?.name ?? "A former member",
        row.shared ? "family" : "only me",
        row.worry,
        row.authorId === access.userId ? row.wellbeing : "",
        row.useSuspected ? "yes" : "no",
        row.signs.map((s) => s.signId).join(" "),
        row.otherSigns,
        row.triggers.map((t) => t.triggerId).join(" "),
        row.note,
        row.createdAt.toISOString(),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
