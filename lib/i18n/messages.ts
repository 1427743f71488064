import en from "@/messages/en.json";
import es from "@/messages/es.json";
import enAccount from "@/messages/en/account.json";
import esAccount from "@/messages/es/account.json";
import enCheckins from "@/messages/en/checkins.json";
import esCheckins from "@/messages/es/checkins.json";
import enCounselor from "@/messages/en/counselor.json";
import esCounselor from "@/messages/es/counselor.json";
import enFamily from "@/messages/en/family.json";
import esFamily from "@/messages/es/family.json";
import enForms from "@/messages/en/forms.json";
import esForms from "@/messages/es/forms.json";
import enNotifications from "@/messages/en/notifications.json";
import esNotifications from "@/messages/es/notifications.json";
import enPlan from "@/messages/en/plan.json";
import esPlan from "@/messages/es/plan.json";
import type { Locale } from "./locales";
// The augmentation below needs the module itself in view.
import type {} from "next-intl";

/**
 * Each language's messages: the reading pages' frame in messages/<locale>.json, and one file per
 * area of the private pages in messages/<locale>/<area>.json (each file holds its own top-level
 * namespaces, so no two files share a key). English is the reference for their shape;
 * tests/unit/messages.test.ts keeps every key in both languages.
 */
const english = { ...en, ...enAccount, ...enCheckins, ...enCounselor, ...enFamily, ...enForms, ...enNotifications, ...enPlan };
export type Messages = typeof english;

export const MESSAGES: Record<Locale, Messages> = {
  en: english,
  es: { ...es, ...esAccount, ...esCheckins, ...esCounselor, ...esFamily, ...esForms, ...esNotifications, ...esPlan },
};

/** The files, by language, as the test of their keys reads them. */
export const MESSAGE_FILES = {
  en: { frame: en, account: enAccount, checkins: enCheckins, counselor: enCounselor, family: enFamily, forms: enForms, notifications: enNotifications, plan: enPlan },
  es: { frame: es, account: esAccount, checkins: esCheckins, counselor: esCounselor, family: esFamily, forms: esForms, notifications: esNotifications, plan: esPlan },
};

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

/**
 * The private pages' messages, for their client components (app/(app)/layout.tsx): every area
 * file, not the reading pages' frame, which never leaves the server.
 */
export function privateMessages(locale: Locale) {
  const areas = Object.entries(MESSAGE_FILES[locale]).filter(([file]) => file !== "frame");
  return Object.assign({}, ...areas.map(([, messages]) => messages)) as Partial<Messages>;
}
