"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptConnectionInvite, accessLevel } from "@/lib/counselor/connections";
import { ForbiddenError } from "@/lib/errors";
import { formAction } from "@/lib/forms/action";
import { errorState } from "@/lib/forms/form-state";
import { idField } from "@/lib/forms/fields";

const connectInput = z.object({
  token: z.string().max(200),
  familyId: z.string().min(1, "Choose your family space.").pipe(idField),
  level: accessLevel,
});

const ONLY_OWNER = "Only a family's owner can connect it.";

export const connectFamilyAction = formAction(
  {
    schema: connectInput,
    limits: ["redeemToken"],
    notFound: ONLY_OWNER,
    signedOut: { redirect: (_: undefined, formData: FormData) => `/sign-in?next=${encodeURIComponent(`/connect/${String(formData.get("token") ?? "")}`)}` },
  },
  async ({ actor, input, values }) => {
    try {
      await acceptConnectionInvite(actor, input.token, input.familyId, input.level);
    } catch (error) {
      if (error instanceof ForbiddenError) return errorState(ONLY_OWNER, values, "familyId");
      throw error;
    }
    redirect(`/family/${input.familyId}/counselors?connected=1`);
  },
);
