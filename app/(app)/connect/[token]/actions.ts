"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptConnectionInvite, accessLevel } from "@/lib/counselor/connections";
import { ForbiddenError } from "@/lib/errors";
import { boundFormAction } from "@/lib/forms/action";
import { errorState } from "@/lib/forms/form-state";
import { idField, tokenField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";

/** The family is the person's choice in the form; the link's token is bound by the page. */
const connectInput = z.object({
  familyId: z.string().min(1, msg("Connect.errors.chooseFamily")).pipe(idField),
  level: accessLevel,
});

const ONLY_OWNER = msg("Connect.errors.onlyOwner");

export const connectFamilyAction = boundFormAction(
  z.tuple([tokenField]),
  {
    schema: connectInput,
    limits: ["redeemToken"],
    notFound: ONLY_OWNER,
    signedOut: { redirect: ([token]) => `/sign-in?next=${encodeURIComponent(`/connect/${token}`)}` },
  },
  async ({ actor, bound: [token], input, values }) => {
    try {
      await acceptConnectionInvite(actor, token, input.familyId, input.level);
    } catch (error) {
      if (error instanceof ForbiddenError) return errorState(ONLY_OWNER, values, "familyId");
      throw error;
    }
    redirect(`/family/${input.familyId}/counselors?connected=1`);
  },
);
