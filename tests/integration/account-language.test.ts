import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_RATE_LIMIT = "off";
});
import { APIError } from "better-auth/api";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auth } from "@/lib/auth/auth";
import { askAuth, refusalMessage } from "@/lib/auth/api-errors";
import { signedOutLanguageResponse, signOutResponse } from "@/lib/auth/sign-out";
import { deleteAccount } from "@/lib/account/delete-account";
import { createFamily } from "@/lib/family/families";
import { createInvite, acceptInvite } from "@/lib/family/members";
import { RuleError } from "@/lib/errors";
import { translator } from "@/lib/i18n/text";
import { initialFormState } from "@/lib/forms/form-state";
import { asRequest } from "../support/next-request";
import { person } from "../support/world";

// The account pages' words in the reader's language (issue 18, decision 052): lib/auth and
// lib/account refuse with message keys, better-auth's refusals are mapped to keys, and sign-out
// keeps a Spanish reader's language although it clears every cookie.
const origin = new URL(env().APP_URL).origin;
const setLocale = (userId: string, locale: "en" | "es") => db.user.update({ where: { id: userId }, data: { locale } });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("sign-out keeps the reader's language", () => {
  it("sends an English reader to the sign-in page as before, and a Spanish one by the step that sets the language again", async () => {
    const english = await person("Leaving");
    asRequest({ cookie: english.cookie });
    const first = await signOutResponse(new Request(`${origin}/sign-out`, { method: "POST", headers: { cookie: english.cookie, origin } }));
    expect(first.status).toBe(303);
    expect(first.headers.get("Location")).toBe("/sign-in?signed-out=1");

    const spanish = await person("Saliendo");
    await setLocale(spanish.userId, "es");
    asRequest({ cookie: spanish.cookie });
    const second = await signOutResponse(new Request(`${origin}/sign-out`, { method: "POST", headers: { cookie: spanish.cookie, origin } }));
    expect(second.headers.get("Location")).toBe("/sign-in/signed-out?lang=es");
    expect(second.headers.get("Clear-Site-Data")).toBe('"cache", "cookies", "storage"');
    expect(await db.session.count({ where: { userId: spanish.userId } })).toBe(0);

    // Signed out already, with this browser's choice of Spanish.
    asRequest({ cookie: "steady-lang=es" });
    const third = await signOutResponse(new Request(`${origin}/sign-out`, { method: "POST", headers: { cookie: "steady-lang=es", origin } }));
    expect(third.headers.get("Location")).toBe("/sign-in/signed-out?lang=es");
  });

  it("sets the language again on the way from our own sign-out only, and lands on the sign-in page either way", () => {
    const ours = signedOutLanguageResponse(new Request(`${origin}/sign-in/signed-out?lang=es`, { headers: { "sec-fetch-site": "same-origin" } }));
    expect(ours.status).toBe(303);
    expect(ours.headers.get("Location")).toBe("/sign-in?signed-out=1");
    expect(ours.headers.get("Cache-Control")).toBe("no-store");
    expect(ours.headers.getSetCookie()).toEqual([expect.stringMatching(/^steady-lang=es; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/)]);
    for (const site of ["cross-site", "same-site", "none"]) {
      const other = signedOutLanguageResponse(new Request(`${origin}/sign-in/signed-out?lang=es`, { headers: { "sec-fetch-site": site } }));
      expect(other.headers.get("Location"), site).toBe("/sign-in?signed-out=1");
      expect(other.headers.getSetCookie(), site).toEqual([]);
    }
    expect(signedOutLanguageResponse(new Request(`${origin}/sign-in/signed-out?lang=fr`)).headers.getSetCookie()).toEqual([]);
  });
});

describe("better-auth's refusals in the reader's language", () => {
  it("our hook's rules reach the form as keys, while the HTTP API keeps English words", async () => {
    const email = `hook-${Date.now()}@example.test`;
    const refusal = await auth.api.signUpEmail({ body: { name: "Ma\u202eria", email, password: "quiet harbor lantern 93" } }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(APIError);
    expect((refusal as APIError).message).toBe("Use letters, numbers and ordinary punctuation only.");
    expect(refusalMessage(refusal as APIError)).toEqual({ key: "Auth.errors.nameCharacters", values: undefined });

    const weak = await askAuth(() => auth.api.signUpEmail({ body: { name: "Dana", email, password: "password1" } }), { weakPassword: { field: "password" } }).catch((error: unknown) => error);
    expect(weak).toBeInstanceOf(RuleError);
    expect((weak as RuleError).message).toBe("Auth.errors.passwordCommon");
    expect((weak as RuleError).field).toBe("password");
  });

  it("maps better-auth's own codes and waits to keys, never its English", () => {
    expect(refusalMessage(new APIError("BAD_REQUEST", { code: "PASSWORD_TOO_SHORT", message: "Password too short" })).key).toBe("Auth.errors.passwordShort");
    expect(refusalMessage(new APIError("BAD_REQUEST", { code: "SOMETHING_ELSE", message: "Something English" })).key).toBe("Auth.errors.failed");
    expect(refusalMessage(new APIError("TOO_MANY_REQUESTS", { code: "RATE_LIMITED", message: "Too many" }, { "Retry-After": "150" }))).toEqual({ key: "FormAnswers.waitMinutes", values: { count: 3 } });
    const t = translator("es");
    expect(t("Auth.errors.slowedSeconds", { count: 30 })).toMatch(/Espere 30 segundos/);
  });

  it("a Spanish reader's sign-up mistake is in Spanish next to the field", async () => {
    const { signUpAction } = await import("@/app/(app)/(auth)/actions");
    asRequest({ cookie: "steady-lang=es" });
    const state = await signUpAction(initialFormState, form({ name: "Ana", email: "not-an-email", password: "short" }));
    expect(state.status).toBe("error");
    expect(state.message).toBe("Revise los campos marcados.");
    expect(state.fieldErrors?.email).toEqual(["Escriba un correo electrónico como nombre@ejemplo.com."]);
    expect(state.fieldErrors?.password).toEqual(["Use por lo menos 8 caracteres."]);
    asRequest({});
    const english = await signUpAction(initialFormState, form({ name: "Ana", email: "not-an-email", password: "short" }));
    expect(english.fieldErrors?.email).toEqual(["Enter an email address like name@example.com."]);
  });
});

describe("deleting an account while owning a family with others", () => {
  it("refuses with a key and the family's name as a value", async () => {
    const owner = await person("Owner");
    const member = await person("Member");
    const family = await createFamily({ userId: owner.userId }, { name: "Los Pérez" });
    const invite = await createInvite({ userId: owner.userId }, family.id);
    await acceptInvite({ userId: member.userId }, invite.token);
    const refusal = await deleteAccount({ userId: owner.userId }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RuleError);
    expect((refusal as RuleError).message).toBe("Account.errors.ownsShared");
    expect(translator("es")("Account.errors.ownsShared", (refusal as RuleError).values)).toMatch(/^Usted es dueño de "Los Pérez"/);
    expect(translator("en")("Account.errors.ownsShared", (refusal as RuleError).values)).toMatch(/^You own "Los Pérez", which has other members/);
  });
});
