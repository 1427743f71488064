import "server-only";
import { z } from "zod";
import { db } from "../db";
import { msg } from "../i18n/keys";
import { assertUserId, type Actor } from "../family/access";

export const counselorProfileInput = z.object({
  organization: z
    .string()
    .trim()
    .max(120, msg("Counselor.errors.organizationTooLong"))
    .transform((v) => v || undefined)
    .optional(),
});

/** Makes this person a counselor (or updates their organization). */
export async function becomeCounselor(actor: Actor, input: z.infer<typeof counselorProfileInput>) {
  assertUserId(actor.userId);
  const { organization } = counselorProfileInput.parse(input);
  return db.counselorProfile.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, organization: organization ?? null },
    update: { organization: organization ?? null },
    select: { userId: true, organization: true },
  });
}

export async function isCounselor(actor: Actor): Promise<boolean> {
  assertUserId(actor.userId);
  return (await db.counselorProfile.count({ where: { userId: actor.userId } })) > 0;
}
