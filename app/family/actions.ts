"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { createFamily, familyInput } from "@/lib/family/families";
import { parseForm, type FormState } from "@/lib/forms/form-state";

export async function createFamilyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/family");
  const parsed = parseForm(familyInput, formData);
  if (!parsed.ok) return parsed.state;
  const family = await createFamily({ userId: user.id }, parsed.data);
  redirect(`/family/${family.id}`);
}
