import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/schemas";
import { recoveryCodeMadeAt } from "@/lib/account/recovery";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { formatMomentDay } from "@/lib/dates";
import { personLocale } from "@/lib/i18n/person-locale";
import { RecoveryCodeForm } from "@/components/account/RecoveryForms";
import { makeRecoveryCodeAction } from "../actions";
import { SignedIn } from "@/components/ui/SignedIn";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Recovery");
  return { title: t("title"), robots: { index: false } };
}

/** Right after sign-up (welcome=1), and from /account: make a recovery code, shown once. */
export default async function RecoveryCodePage({ searchParams }: { searchParams: Promise<{ welcome?: string; next?: string }> }) {
  const query = await searchParams;
  const welcome = query.welcome === "1";
  const user = await requireUser("/account/recovery-code");
  const t = await getTranslations("Recovery");
  const madeAt = await recoveryCodeMadeAt({ userId: user.id });
  const { timeZone } = await viewerTimeZone();
  const locale = await personLocale();
  return (
    <div className="page">
      <SignedIn />
      <h1>{welcome ? t("welcomeHeading") : t("heading")}</h1>
      <p>{t("intro")}</p>
      {madeAt && !welcome ? (
        <p>
          {t.rich("madeOn", { day: formatMomentDay(madeAt, timeZone, locale), time: (chunks) => <time dateTime={madeAt.toISOString()}>{chunks}</time> })}
        </p>
      ) : null}
      <RecoveryCodeForm action={makeRecoveryCodeAction} hasCode={!!madeAt} continueTo={welcome ? safeNext(query.next) : undefined} />
      {welcome ? null : (
        <p>
          <a href="/account">{t("back")}</a>
        </p>
      )}
    </div>
  );
}
