"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accessLevel, revokeConnection, setConnectionLevel } from "@/lib/counselor/connections";
import { boundFormAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { unconfirmed } from "@/lib/sharing/confirm";
import { msg } from "@/lib/i18n/keys";

/** Bound by the page: the family, then the counselor (`action.bind(null, familyId, counselorId)`). */
const familyAndCounselor = z.tuple([idField, idField]);
const config = {
  signedOut: { redirect: ([familyId]: unknown[]) => `/sign-in?next=${encodeURIComponent(`/family/${String(familyId)}/counselors`)}` },
  notFound: msg("FamilyCounselors.errors.alreadyEnded"),
  limits: ["write" as const],
};

export const setLevelAction = boundFormAction(
  familyAndCounselor,
  { ...config, schema: z.object({ level: accessLevel }) },
  async ({ actor, bound: [familyId, counselorId], input: { level } }) => {
    await setConnectionLevel(actor, familyId, counselorId, level);
    revalidatePath(`/family/${familyId}/counselors`);
    return { status: "success", message: msg("FamilyCounselors.levelSaved") };
  },
);

export const revokeConnectionAction = boundFormAction(familyAndCounselor, config, async ({ actor, formData, bound: [familyId, counselorId] }) => {
  const ask = unconfirmed(formData);
  if (ask) return ask;
  await revokeConnection(actor, familyId, counselorId);
  // The connection's card (and this form) is gone now, so the message goes on the page itself.
  redirect(`/family/${familyId}/counselors?ended=1`);
});
