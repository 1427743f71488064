import "server-only";
import { db } from "../db";
import { env } from "../env";
import { getCurrentUser } from "../auth/session";
import { fromAnotherSite } from "../auth/sign-out";
import { languageCookie } from "./browser-locale";
import { isLocale } from "./locales";

/** A path on this site to go back to ("/family/x?y"), or null: never another origin ("//evil", "https://…"). */
export function sameSitePath(candidate: string | null | undefined, base: string): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate, base);
    if (url.origin !== new URL(base).origin || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/**
 * "Español" / "English" on a private page (a plain form post, so it works without JavaScript):
 * this browser keeps the choice in a cookie that says only "en" or "es", a signed-in person's
 * account keeps it too (their screens on any device, and their emails), and the person goes back
 * to the page they were on (decision 052).
 */
export async function chooseLanguageResponse(request: Request): Promise<Response> {
  const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (fromAnotherSite(request)) return text("This request did not come from this site.", 403);
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (!isLocale(locale)) return text("Choose English or Spanish.", 400);
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  const base = env().APP_URL;
  const back = sameSitePath(typeof form?.get("next") === "string" ? (form.get("next") as string) : null, base) ?? sameSitePath(request.headers.get("referer"), base) ?? (user ? "/family" : "/");
  return new Response(null, {
    status: 303,
    headers: {
      Location: back,
      "Cache-Control": "no-store",
      "Set-Cookie": languageCookie(locale, base),
    },
  });
}
