import "server-only";
import { cache } from "react";
import { getCurrentUser } from "../auth/session";
import { browserLocale } from "./browser-locale";
import type { Locale } from "./locales";

/**
 * The language of a private page or server action: the signed-in person's own (saved on their
 * account, so each person on a shared phone reads their own, and their emails follow it), else
 * the language this browser chose, else English. Reading pages take theirs from the address.
 */
export const personLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  return user ? user.locale : browserLocale();
});
