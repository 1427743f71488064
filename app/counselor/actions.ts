"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { signUpInput } from "@/lib/auth/schemas";
import { env } from "@/lib/env";
import { becomeCounselor, counselorProfileInput } from "@/lib/counselor/profile";
import { createReadingList, readingListInput, revokeReadingList } from "@/lib/counselor/reading-lists";
import { createConnectionInvite, revokeConnectionInvite } from "@/lib/counselor/connections";
import { NotFoundError } from "@/lib/family/errors";
import { errorState, parseForm, type FormState } from "@/lib/forms/form-state";
import { unconfirmed } from "@/lib/sharing/confirm";

const counselorSignUpInput = z.intersection(signUpInput, counselorProfileInput);

export async function counselorSignUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(counselorSignUpInput, formData, { secret: ["password"] });
  if (!parsed.ok) return parsed.state;
  const { name, email, password, organization } = parsed.data;
  const values = { name, email, organization: organization ?? "" };
  let userId: string;
  try {
    const result = await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
    userId = result.user.id;
  } catch (error) {
    if (error instanceof APIError) {
      const code = (error.body as { code?: string } | undefined)?.code;
      if (code?.includes("ALREADY_EXISTS")) return errorState("An account with this email already exists. Sign in, then set up your counselor profile.", values, "email");
      return errorState(error.message || "We could not create your account.", values, code === "WEAK_PASSWORD" ? "password" : undefined);
    }
    throw error;
  }
  await becomeCounselor({ userId }, { organization });
  redirect("/counselor");
}

export async function becomeCounselorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/counselor/become");
  const parsed = parseForm(counselorProfileInput, formData);
  if (!parsed.ok) return parsed.state;
  await becomeCounselor({ userId: user.id }, parsed.data);
  redirect("/counselor");
}

async function counselorUser() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/counselor");
  return { userId: user.id };
}

export async function createReadingListAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await counselorUser();
  const parsed = parseForm(readingListInput, formData, { arrays: ["pages"] });
  if (!parsed.ok) return parsed.state;
  try {
    const list = await createReadingList(actor, parsed.data);
    revalidatePath("/counselor/links");
    return { status: "success", message: new URL(`/s/${list.token}`, env().APP_URL).toString() };
  } catch (error) {
    if (error instanceof NotFoundError) redirect("/counselor/become");
    throw error;
  }
}

export async function revokeReadingListAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await counselorUser();
  const ask = unconfirmed(formData);
  if (ask) return ask;
  try {
    await revokeReadingList(actor, String(formData.get("listId") ?? ""));
  } catch (error) {
    if (error instanceof NotFoundError) return errorState("That link is already ended.");
    throw error;
  }
  revalidatePath("/counselor/links");
  return { status: "success", message: "The link no longer works." };
}

export async function createConnectionInviteAction(): Promise<FormState> {
  const actor = await counselorUser();
  try {
    const invite = await createConnectionInvite(actor);
    revalidatePath("/counselor");
    return { status: "success", message: new URL(`/connect/${invite.token}`, env().APP_URL).toString() };
  } catch (error) {
    if (error instanceof NotFoundError) redirect("/counselor/become");
    throw error;
  }
}

export async function revokeConnectionInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await counselorUser();
  const ask = unconfirmed(formData);
  if (ask) return ask;
  try {
    await revokeConnectionInvite(actor, String(formData.get("inviteId") ?? ""));
  } catch (error) {
    if (error instanceof NotFoundError) return errorState("That link is already used or ended.");
    throw error;
  }
  revalidatePath("/counselor");
  return { status: "success", message: "The link no longer works." };
}
