"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvite } from "@/lib/family/members";
import { boundFormAction } from "@/lib/forms/action";
import { tokenField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/keys";

/** The invitation's token is bound by the page. */
export const acceptInviteAction = boundFormAction(
  z.tuple([tokenField]),
  {
    limits: ["redeemToken"],
    notFound: msg("Invite.errors.broken"),
    signedOut: { redirect: ([token]) => `/sign-in?next=${encodeURIComponent(`/invite/${token}`)}` },
  },
  async ({ actor, bound: [token] }) => {
    const { familyId } = await acceptInvite(actor, token);
    // The flag makes the dashboard say "You joined <family>.": the page changed, and why.
    redirect(`/family/${familyId}?joined=1`);
  },
);
