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
 * What the private pages' client components read ("use client" files calling useTranslations):
 * only these reach the browser (app/(app)/layout.tsx), not every message of every area. A client
 * component with a namespace not listed here fails: tests/unit/messages.test.ts reads the files.
 */
export const CLIENT_MESSAGES = [
  "Forms",
  "Auth",
  "Account",
  "Recovery",
  "Family.form",
  "FamilySettings",
  "Members.forms",
  "Invite",
  "Plan.parts",
  "Plan.savedHere",
  "PlanForm",
  "KeptPlan",
  "Notifications",
  "Counselor.levels",
  "Counselor.become",
  "Counselor.invite",
  "Counselor.signUp",
  "Counselor.emailForm",
  "CounselorLinks.form",
  "CounselorLinks.revoke",
  "Connect",
  "FamilyCounselors.forms",
] as const;

type Tree = { [key: string]: string | Tree };

/** The private pages' messages for their client components, in a language: the CLIENT_MESSAGES subtrees. */
export function clientMessages(locale: Locale): Partial<Messages> {
  const picked: Tree = {};
  for (const path of CLIENT_MESSAGES) {
    const keys = path.split(".");
    let from = MESSAGES[locale] as unknown as Tree;
    let to = picked;
    keys.forEach((key, i) => {
      const value = from[key];
      if (value === undefined) throw new Error(`no messages at ${path}`);
      if (i === keys.length - 1) to[key] = value;
      else {
        to[key] = (to[key] as Tree | undefined) ?? {};
        to = to[key] as Tree;
        from = value as Tree;
      }
    });
  }
  return picked as Partial<Messages>;
}
