"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { deleteFamily } from "@/lib/family/families";
import { rememberDeletedFamily } from "@/lib/family/deleted-notice";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/family/errors";
import { errorState, formValues, type FormState } from "@/lib/forms/form-state";

export async function deleteFamilyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const familyId = String(formData.get("familyId") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/family");
  const values = formValues(formData);
  try {
    await rememberDeletedFamily(await deleteFamily({ userId: user.id }, familyId, String(formData.get("confirmName") ?? "")));
  } catch (error) {
    if (error instanceof RuleError) return errorState(error.message, values, error.field);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return errorState("Only the owner can delete this family.", values);
    throw error;
  }
  redirect("/family?deleted=1");
}
