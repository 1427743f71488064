"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accessLevel, revokeConnection, setConnectionLevel } from "@/lib/counselor/connections";
import { formAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { unconfirmed } from "@/lib/sharing/confirm";

const levelInput = z.object({ familyId: idField, counselorId: idField, level: accessLevel });
const revokeInput = z.object({ familyId: idField, counselorId: idField });
const config = {
  signedOut: { redirect: (_: undefined, formData: FormData) => `/sign-in?next=${encodeURIComponent(`/family/${String(formData.get("familyId") ?? "")}/counselors`)}` },
  notFound: "That connection has already ended.",
  limits: ["write" as const],
};

export const setLevelAction = formAction({ ...config, schema: levelInput }, async ({ actor, input: { familyId, counselorId, level } }) => {
  await setConnectionLevel(actor, familyId, counselorId, level);
  revalidatePath(`/family/${familyId}/counselors`);
  return { status: "success", message: "Saved. The counselor sees only this from now on." };
});

export const revokeConnectionAction = formAction({ ...config, schema: revokeInput }, async ({ actor, formData, input: { familyId, counselorId } }) => {
  const ask = unconfirmed(formData);
  if (ask) return ask;
  await revokeConnection(actor, familyId, counselorId);
  // The connection's card (and this form) is gone now, so the message goes on the page itself.
  redirect(`/family/${familyId}/counselors?ended=1`);
});
