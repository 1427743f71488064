"use server";

import { redirect } from "next/navigation";
import { createFamily, familyInput } from "@/lib/family/families";
import { formAction } from "@/lib/forms/action";

export const createFamilyAction = formAction(
  { schema: familyInput, limits: ["write"], signedOut: { redirect: () => "/sign-in?next=/family" } },
  async ({ actor, input }) => {
    const family = await createFamily(actor, input);
    redirect(`/family/${family.id}`);
  },
);
