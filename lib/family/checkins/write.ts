import "server-only";
import { db } from "../../db";
import { dayString, dayToDate } from "../../dates";
import { NotFoundError } from "../../errors";
import { alertForCheckIn } from "../../notifications/events";
import { assertId, requireMember, type Actor } from "../access";
import { catalogueIndex } from "./catalogue-index";
import { validate, type CheckInData, type CheckInInput } from "./input";

/**
 * Saving and deleting check-ins: "what we noticed". A check-in is one person's notes about one calendar day: the
 * signs they saw (catalogue ids), triggers, how worried they are, how they are doing themselves,
 * and a note. Shared check-ins are seen by every member; private ones only by their author, here
 * and in every count. Only the author can change or delete an entry.
 *
 * The sign and trigger rows carry copies of familyId, authorId, shared and date, so the dashboard
 * (lib/family/trend.ts) can count them with one indexed query. They are always written in the
 * same database operation as the check-in itself, so they never disagree with it. The "may have
 * used" alert and its emails are written in the check-in's own transaction too (decision 032).
 */

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

/** Saves a check-in by the actor, with its sign and trigger rows and the alert it causes, in one transaction. */
export async function createCheckIn(actor: Actor | null | undefined, familyId: string, input: CheckInInput) {
  const access = await requireMember(actor, familyId);
  const data = validate(input);
  const { fields, signs, triggers } = rows(access.familyId, access.userId, data);
  return db.$transaction(async (tx) => {
    const created = await tx.checkIn.create({
      data: {
        ...fields,
        familyId: access.familyId,
        authorId: access.userId,
        signs: { createMany: { data: signs } },
        triggers: { createMany: { data: triggers } },
      },
      select: { id: true, date: true, useSuspected: true },
    });
    const saved = { id: created.id, date: dayString(created.date), useSuspected: created.useSuspected };
    await alertForCheckIn(tx, access.familyId, access.userId, { ...saved, shared: fields.shared });
    return saved;
  });
}

/**
 * Replaces the actor's own check-in: its fields, all its sign and trigger rows, and the alert it
 * causes if it now says "may have used", in one transaction. Someone else's entry, or one in another family, is NotFound.
 */
export async function updateCheckIn(actor: Actor | null | undefined, familyId: string, checkInId: string, input: CheckInInput) {
  const access = await requireMember(actor, familyId);
  assertId(checkInId);
  const data = validate(input);
  const { fields, signs, triggers } = rows(access.familyId, access.userId, data);
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.checkIn.update({
        where: { id: checkInId, familyId: access.familyId, authorId: access.userId },
        data: {
          ...fields,
          signs: { deleteMany: {}, createMany: { data: signs } },
          triggers: { deleteMany: {}, createMany: { data: triggers } },
        },
        select: { id: true, date: true, useSuspected: true },
      });
      const saved = { id: updated.id, date: dayString(updated.date), useSuspected: updated.useSuspected };
      // Saving again does not alert twice: the alert's key is the check-in's id.
      await alertForCheckIn(tx, access.familyId, access.userId, { ...saved, shared: fields.shared });
      return saved;
    });
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
