"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteFamily } from "@/lib/family/families";
import { rememberDeletedFamily } from "@/lib/family/deleted-notice";
import { boundFormAction } from "@/lib/forms/action";
import { idField } from "@/lib/forms/fields";

export const deleteFamilyAction = boundFormAction(
  z.tuple([idField]),
  {
    schema: z.object({ confirmName: z.string().max(1000, "That is not the family's name.") }),
    signedOut: { redirect: () => "/sign-in?next=/family" },
    notFound: "Only the owner can delete this family.",
  },
  async ({ actor, bound: [familyId], input }) => {
    await rememberDeletedFamily(await deleteFamily(actor, familyId, input.confirmName));
    redirect("/family?deleted=1");
  },
);
