"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { acceptConnectionInvite, accessLevel } from "@/lib/counselor/connections";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/family/errors";
import { errorState, parseForm, type FormState } from "@/lib/forms/form-state";

const connectInput = z.object({
  token: z.string(),
  familyId: z.string().min(1, "Choose your family space."),
  level: accessLevel,
});

export async function connectFamilyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/connect/${token}`)}`);
  const parsed = parseForm(connectInput, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await acceptConnectionInvite({ userId: user.id }, parsed.data.token, parsed.data.familyId, parsed.data.level);
  } catch (error) {
    if (error instanceof RuleError) return errorState(error.message, parsed.data);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return errorState("Only a family's owner can connect it.", parsed.data, "familyId");
    throw error;
  }
  redirect(`/family/${parsed.data.familyId}/counselors?connected=1`);
}
