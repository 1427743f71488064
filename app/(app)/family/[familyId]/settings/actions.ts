"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteFamily } from "@/lib/family/families";
import { rememberDeletedFamily } from "@/lib/family/deleted-notice";
import { boundFormAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";

export const deleteFamilyAction = boundFormAction(
  z.tuple([idField]),
  {
    schema: z.object({ confirmName: z.string().max(1000, msg("FamilySettings.errors.notTheName")) }),
    signedOut: { redirect: () => "/sign-in?next=/family" },
    notFound: msg("FamilySettings.errors.ownerOnly"),
  },
  async ({ actor, bound: [familyId], input }) => {
    await rememberDeletedFamily(await deleteFamily(actor, familyId, input.confirmName));
    redirect("/family?deleted=1");
  },
);
