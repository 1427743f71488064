"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { safeNext, signInInput, signUpInput } from "@/lib/auth/schemas";
import { clearSignInFailures, recordSignInFailure, signInWaitMinutes } from "@/lib/auth/throttle";
import { errorState, parseForm, type FormState } from "@/lib/forms/form-state";

const SECRET = { secret: ["password"] };

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signUpInput, formData, SECRET);
  if (!parsed.ok) return parsed.state;
  const values = { name: parsed.data.name, email: parsed.data.email, next: String(formData.get("next") ?? "") };
  try {
    await auth.api.signUpEmail({ body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const code = (error.body as { code?: string } | undefined)?.code;
      if (code?.includes("ALREADY_EXISTS")) return errorState("An account with this email already exists. Sign in instead.", values, "email");
      if (code === "WEAK_PASSWORD" || code?.includes("PASSWORD")) return errorState(error.message, values, "password");
      return errorState("We could not create your account. Please try again.", values);
    }
    throw error;
  }
  redirect(safeNext(values.next));
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInInput, formData, SECRET);
  if (!parsed.ok) return parsed.state;
  const { email, password, next } = parsed.data;
  const values = { email, next: next ?? "" };
  const wait = signInWaitMinutes(email);
  if (wait) return errorState(`Too many tries. For your safety, wait ${wait} minute${wait === 1 ? "" : "s"} and try again.`, values);
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      recordSignInFailure(email);
      return errorState("That email and password do not match an account.", values, "password");
    }
    throw error;
  }
  clearSignInFailures(email);
  redirect(safeNext(next));
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}

