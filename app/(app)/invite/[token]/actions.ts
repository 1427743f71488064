"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvite } from "@/lib/family/members";
import { boundFormAction } from "@/lib/forms/action";
import { tokenField } from "@/lib/forms/fields";

/** The invitation's token is bound by the page. */
export const acceptInviteAction = boundFormAction(
  z.tuple([tokenField]),
  {
    limits: ["redeemToken"],
    notFound: "This invitation link does not work. Ask for a new one.",
    signedOut: { redirect: ([token]) => `/sign-in?next=${encodeURIComponent(`/invite/${token}`)}` },
  },
  async ({ actor, bound: [token] }) => {
    const { familyId } = await acceptInvite(actor, token);
    // The flag makes the dashboard say "You joined <family>.": the page changed, and why.
    redirect(`/family/${familyId}?joined=1`);
  },
);
