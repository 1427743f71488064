"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { askAuth } from "@/lib/auth/api-errors";
import { signUpInput } from "@/lib/auth/schemas";
import { env } from "@/lib/env";
import { becomeCounselor, counselorProfileInput } from "@/lib/counselor/profile";
import { createReadingList, readingListInput, revokeReadingList } from "@/lib/counselor/reading-lists";
import { createConnectionInvite, revokeConnectionInvite } from "@/lib/counselor/connections";
import { NotFoundError } from "@/lib/errors";
import { boundFormAction, formAction, plainFormAction, publicFormAction } from "@/lib/forms/action";
import { counselorNoticesInput, markCounselorNoticesSeen, setCounselorEmailNotices } from "@/lib/notifications/counselor-notices";
import { idField } from "@/lib/forms/fields";
import { unconfirmed } from "@/lib/sharing/confirm";
import { msg } from "@/lib/i18n/keys";

const counselorSignUpInput = z.intersection(signUpInput, counselorProfileInput);
const toCounselor = { redirect: () => "/sign-in?next=/counselor" };

export const counselorSignUpAction = publicFormAction({ schema: counselorSignUpInput, secret: ["password"] }, async ({ input }) => {
  const { name, email, password, organization } = input;
  const result = await askAuth(async () => auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() }), {
    exists: { message: msg("Counselor.errors.emailExists"), field: "email" },
    weakPassword: { field: "password" },
    other: {},
  });
  await becomeCounselor({ userId: result.user.id }, { organization });
  // The same recovery-code step as a family's sign-up: a counselor has no family owner to ask for a reset link.
  redirect("/account/recovery-code?welcome=1&next=/counselor");
});

export const becomeCounselorAction = formAction(
  { schema: counselorProfileInput, signedOut: { redirect: () => "/sign-in?next=/counselor/become" } },
  async ({ actor, input }) => {
    await becomeCounselor(actor, input);
    redirect("/counselor");
  },
);

/** A counselor without a profile is sent to set one up. */
async function asCounselor<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) redirect("/counselor/become");
    throw error;
  }
}

export const createReadingListAction = formAction(
  { schema: readingListInput, arrays: ["pages"], limits: ["createLink"], signedOut: toCounselor },
  async ({ actor, input }) => {
    const list = await asCounselor(() => createReadingList(actor, input));
    revalidatePath("/counselor/links");
    return { status: "success", message: new URL(`/s/${list.token}`, env().APP_URL).toString() };
  },
);

/** The list's id is bound by the page. */
export const revokeReadingListAction = boundFormAction(
  z.tuple([idField]),
  { signedOut: toCounselor, notFound: msg("CounselorLinks.errors.alreadyEnded") },
  async ({ actor, bound: [listId], formData }) => {
    const ask = unconfirmed(formData);
    if (ask) return ask;
    await revokeReadingList(actor, listId);
    revalidatePath("/counselor/links");
    return { status: "success", message: msg("CounselorLinks.ended") };
  },
);

export const createConnectionInviteAction = formAction({ limits: ["createLink"], signedOut: toCounselor }, async ({ actor }) => {
  const invite = await asCounselor(() => createConnectionInvite(actor));
  revalidatePath("/counselor");
  return { status: "success", message: new URL(`/connect/${invite.token}`, env().APP_URL).toString() };
});

/** The invitation's id is bound by the page. */
export const revokeConnectionInviteAction = boundFormAction(
  z.tuple([idField]),
  { signedOut: toCounselor, notFound: msg("Counselor.errors.inviteGone") },
  async ({ actor, bound: [inviteId], formData }) => {
    const ask = unconfirmed(formData);
    if (ask) return ask;
    await revokeConnectionInvite(actor, inviteId);
    revalidatePath("/counselor");
    return { status: "success", message: msg("Counselor.inviteEnded") };
  },
);

/** A counselor's own notice choices (lib/notifications/counselor-notices.ts). */
export const setCounselorEmailAction = formAction(
  { schema: counselorNoticesInput, signedOut: { message: msg("Counselor.errors.signedOut") }, notFound: msg("Counselor.errors.notCounselor") },
  async ({ actor, input, values }) => {
    await setCounselorEmailNotices(actor, input);
    return { status: "success", message: msg("Counselor.saved"), values };
  },
);

export const markCounselorNoticesSeenAction = plainFormAction({ signedOut: toCounselor }, async ({ actor }) => {
  await markCounselorNoticesSeen(actor);
  redirect("/counselor");
});
