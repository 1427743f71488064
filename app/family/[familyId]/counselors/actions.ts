"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { accessLevel, revokeConnection, setConnectionLevel } from "@/lib/counselor/connections";
import { ForbiddenError, NotFoundError } from "@/lib/family/errors";
import { errorState, parseForm, type FormState } from "@/lib/forms/form-state";
import { unconfirmed } from "@/lib/sharing/confirm";

const levelInput = z.object({ familyId: z.string(), counselorId: z.string(), level: accessLevel });
const revokeInput = z.object({ familyId: z.string(), counselorId: z.string() });

async function run(familyId: string, work: (userId: string) => Promise<void>, done: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/family/${familyId}/counselors`)}`);
  try {
    await work(user.id);
  } catch (error) {
    if (error instanceof ForbiddenError) return errorState(error.message);
    if (error instanceof NotFoundError) return errorState("That connection has already ended.");
    throw error;
  }
  revalidatePath(`/family/${familyId}/counselors`);
  return { status: "success", message: done };
}

export async function setLevelAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(levelInput, formData);
  if (!parsed.ok) return parsed.state;
  const { familyId, counselorId, level } = parsed.data;
  return run(familyId, (userId) => setConnectionLevel({ userId }, familyId, counselorId, level), "Saved. The counselor sees only this from now on.");
}

export async function revokeConnectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ask = unconfirmed(formData);
  if (ask) return ask;
  const parsed = parseForm(revokeInput, formData);
  if (!parsed.ok) return parsed.state;
  const { familyId, counselorId } = parsed.data;
  const state = await run(familyId, (userId) => revokeConnection({ userId }, familyId, counselorId), "");
  // The connection's card (and this form) is gone now, so the message goes on the page itself.
  if (state.status === "success") redirect(`/family/${familyId}/counselors?ended=1`);
  return state;
}
