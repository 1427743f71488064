"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvite } from "@/lib/family/members";
import { formAction } from "@/lib/forms/action";

export const acceptInviteAction = formAction(
  {
    schema: z.object({ token: z.string().max(200) }),
    limits: ["redeemToken"],
    notFound: "This invitation link does not work. Ask for a new one.",
    signedOut: { redirect: (_: undefined, formData: FormData) => `/sign-in?next=${encodeURIComponent(`/invite/${String(formData.get("token") ?? "")}`)}` },
  },
  async ({ actor, input }) => {
    const { familyId } = await acceptInvite(actor, input.token);
    redirect(`/family/${familyId}`);
  },
);
