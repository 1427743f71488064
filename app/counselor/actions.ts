"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { signUpInput } from "@/lib/auth/schemas";
import { env } from "@/lib/env";
import { becomeCounselor, counselorProfileInput } from "@/lib/counselor/profile";
import { createReadingList, readingListInput, revokeReadingList } from "@/lib/counselor/reading-lists";
import { createConnectionInvite, revokeConnectionInvite } from "@/lib/counselor/connections";
import { NotFoundError } from "@/lib/errors";
import { formAction, plainFormAction, publicFormAction } from "@/lib/forms/action";
import { counselorNoticesInput, markCounselorNoticesSeen, setCounselorEmailNotices } from "@/lib/notifications/counselor-notices";
import { errorState } from "@/lib/forms/form-state";
import { idField } from "@/lib/forms/fields";
import { unconfirmed } from "@/lib/sharing/confirm";

const counselorSignUpInput = z.intersection(signUpInput, counselorProfileInput);
const toCounselor = { redirect: () => "/sign-in?next=/counselor" };

export const counselorSignUpAction = publicFormAction({ schema: counselorSignUpInput, secret: ["password"] }, async ({ input, values }) => {
  const { name, email, password, organization } = input;
  let userId: string;
  try {
    const result = await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
    userId = result.user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const code = (error.body as { code?: string } | undefined)?.code;
    if (code?.includes("ALREADY_EXISTS")) return errorState("An account with this email already exists. Sign in, then set up your counselor profile.", values, "email");
    return errorState(error.message || "We could not create your account.", values, code === "WEAK_PASSWORD" ? "password" : undefined);
  }
  await becomeCounselor({ userId }, { organization });
  redirect("/counselor");
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

export const revokeReadingListAction = formAction(
  { schema: z.object({ listId: idField }), signedOut: toCounselor, notFound: "That link is already ended." },
  async ({ actor, input, formData }) => {
    const ask = unconfirmed(formData);
    if (ask) return ask;
    await revokeReadingList(actor, input.listId);
    revalidatePath("/counselor/links");
    return { status: "success", message: "The link no longer works." };
  },
);

export const createConnectionInviteAction = formAction({ limits: ["createLink"], signedOut: toCounselor }, async ({ actor }) => {
  const invite = await asCounselor(() => createConnectionInvite(actor));
  revalidatePath("/counselor");
  return { status: "success", message: new URL(`/connect/${invite.token}`, env().APP_URL).toString() };
});

export const revokeConnectionInviteAction = formAction(
  { schema: z.object({ inviteId: idField }), signedOut: toCounselor, notFound: "That link is already used or ended." },
  async ({ actor, input, formData }) => {
    const ask = unconfirmed(formData);
    if (ask) return ask;
    await revokeConnectionInvite(actor, input.inviteId);
    revalidatePath("/counselor");
    return { status: "success", message: "The link no longer works." };
  },
);

/** A counselor's own notice choices (lib/notifications/counselor-notices.ts). */
export const setCounselorEmailAction = formAction(
  { schema: counselorNoticesInput, signedOut: { message: "You are signed out. Sign in again, then save your choice again." }, notFound: "This is for counselor accounts." },
  async ({ actor, input, values }) => {
    await setCounselorEmailNotices(actor, input);
    return { status: "success", message: "Saved.", values };
  },
);

export const markCounselorNoticesSeenAction = plainFormAction({ signedOut: toCounselor }, async ({ actor }) => {
  await markCounselorNoticesSeen(actor);
  redirect("/counselor");
});
