import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { LANGUAGE_COOKIE } from "@/lib/i18n/browser-locale";
import { personLocale } from "@/lib/i18n/person-locale";
import type { Locale } from "@/lib/i18n/locales";
import { isValidUnsubscribeToken, unsubscribeTokenLocale } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";

/**
 * The language of this page: the reader's (their account, or the language this browser chose),
 * as on every private page. Someone who opens the email's link on a browser that has never been
 * told a language, signed out, reads it in the language the email was written in (its
 * recipient's): a Spanish email's link does not open an English page.
 */
async function pageLocale(token: string): Promise<Locale> {
  const reader = await personLocale();
  if ((await getCurrentUser()) || (await cookies()).has(LANGUAGE_COOKIE)) return reader;
  return (await unsubscribeTokenLocale(token)) ?? reader;
}

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale((await params).token), namespace: "Unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** Opened from an email's link. Asks first; only the button (a POST) changes anything. */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> }) {
  const { token } = await params;
  const { done } = await searchParams;
  const locale = await pageLocale(token);
  const t = await getTranslations({ locale, namespace: "Unsubscribe" });
  // The page's own lang when it differs from the frame's (html lang is the reader's).
  const lang = locale === (await personLocale()) ? undefined : locale;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  if (done === "1") {
    return (
      <div className="page" lang={lang}>
        <h1>{t("doneTitle")}</h1>
        <p role="status" className="form-success">
          {t("done")}
        </p>
        <p>{t.rich("turnBackOn", { strong })}</p>
        <p>
          <Link href="/family">{t("goFamily")}</Link>
        </p>
      </div>
    );
  }
  const valid = done !== "0" && (await isValidUnsubscribeToken(token));
  if (!valid) {
    return (
      <div className="page" lang={lang}>
        <h1>{t("badTitle")}</h1>
        <p>{t.rich("badText", { strong })}</p>
        <p>
          <Link href="/family">{t("goFamily")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page" lang={lang}>
      <h1>{t("askTitle")}</h1>
      <p>{t("askText")}</p>
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="form">
        <input type="hidden" name="from" value="page" />
        <button type="submit" className="button">
          {t("button")}
        </button>
      </form>
      <p>{t.rich("alsoChoose", { strong })}</p>
    </div>
  );
}
