import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { toLocale, type Locale } from "../i18n/locales";

export type CurrentUser = { id: string; name: string; email: string; locale: Locale };

/**
 * The signed-in person, or null. Reads the session from the database via better-auth, once per
 * request: the guards, the page and the viewer's time zone all ask.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user?.id) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, locale: toLocale(session.user.locale) };
});

/** The signed-in person; anyone else is sent to sign in, and comes back here afterwards. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
