"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { acceptInvite } from "@/lib/family/members";
import { RuleError } from "@/lib/family/errors";
import { errorState, type FormState } from "@/lib/forms/form-state";

export async function acceptInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`);
  let familyId: string;
  try {
    ({ familyId } = await acceptInvite({ userId: user.id }, token));
  } catch (error) {
    if (error instanceof RuleError) return errorState(error.message);
    throw error;
  }
  redirect(`/family/${familyId}`);
}
