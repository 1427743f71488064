import "server-only";
import { db } from "../db";
import { dayString } from "../dates";
import { isId, requireMember, type Actor } from "../family/access";
import { alertKey } from "./events";

/**
 * Who the "may have used" alert of a check-in went to, read back from the alert itself (its data
 * records the members it was sent to, decision 026), so the page after saving can say
 * "We let Luis and Ana know", or why nobody was told.
 */
export type WhoWasTold =
  /** `names`: the told members who are still in the family, A to Z (null for an alert from before names were kept). */
  | { state: "told"; names: string[] | null; turnedOff: number; emailed: boolean }
  /** The check-in is private ("Only me"): private check-ins never alert anyone. */
  | { state: "private" }
  /** Nobody else was in the family space. */
  | { state: "alone" }
  /** Everyone else had turned these alerts off. */
  | { state: "off"; turnedOff: number }
  /** No alert is found for it. Since decision 032 a shared "may have used" check-in is saved only with its alert, so this is an old check-in or a removed alert. */
  | { state: "not-sent" };

export type AlertedCheckIn = { checkIn: { id: string; date: string }; told: WhoWasTold };

const stringList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;

function parse(json: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(json);
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * For the actor's own check-in in this family that noted "may have used": who was told. Anything
 * else (someone else's check-in, even a shared one; one without "may have used"; an id that is not
 * one) is null, so an id in a link shows nothing it should not. Members only (NotFound otherwise).
 */
export async function whoWasTold(actor: Actor | null | undefined, familyId: string, checkInId: unknown): Promise<AlertedCheckIn | null> {
  const access = await requireMember(actor, familyId);
  if (!isId(checkInId)) return null;
  const checkIn = await db.checkIn.findFirst({
    where: { id: checkInId, familyId: access.familyId, authorId: access.userId, useSuspected: true },
    select: { id: true, date: true, shared: true },
  });
  if (!checkIn) return null;
  const own = { id: checkIn.id, date: dayString(checkIn.date) };
  if (!checkIn.shared) return { checkIn: own, told: { state: "private" } };
  const alert = await db.familyEvent.findFirst({
    where: { familyId: access.familyId, kind: "alert", dedupeKey: alertKey(checkIn.id) },
    select: { data: true },
  });
  if (!alert) return { checkIn: own, told: { state: "not-sent" } };
  const data = parse(alert.data);
  const told = stringList(data.told);
  const turnedOff = typeof data.turnedOff === "number" ? data.turnedOff : 0;
  if (!told) return { checkIn: own, told: { state: "told", names: null, turnedOff: 0, emailed: false } };
  if (told.length === 0) return { checkIn: own, told: turnedOff > 0 ? { state: "off", turnedOff } : { state: "alone" } };
  const members = await db.membership.findMany({
    where: { familyId: access.familyId, userId: { in: told } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return {
    checkIn: own,
    told: {
      state: "told",
      names: told.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])).sort((a, b) => a.localeCompare(b, "en")),
      turnedOff,
      emailed: data.emailed === true,
    },
  };
}
