import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { deletedFamilyFor } from "@/lib/family/tombstones";
import { personLocale } from "@/lib/i18n/person-locale";
import { localePath } from "@/lib/i18n/locales";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { formatMomentDay } from "@/lib/dates";
import { SignedIn } from "@/components/ui/SignedIn";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FamilyDeleted");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * Shown to someone who could open a family when its owner deleted it. Everyone else gets the
 * ordinary 404, so nobody learns that a family they never belonged to existed.
 */
export default async function DeletedFamilyPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const user = await requireUser(`/family/deleted/${familyId}`);
  const deleted = await deletedFamilyFor({ userId: user.id }, familyId);
  if (!deleted) notFound();
  const [t, locale, { timeZone }] = await Promise.all([getTranslations("FamilyDeleted"), personLocale(), viewerTimeZone()]);
  return (
    <div className="page">
      <SignedIn />
      <h1>{t("heading")}</h1>
      <p>{t("when", { day: formatMomentDay(deleted.deletedAt, timeZone, locale) })}</p>
      <p>{t("talk")}</p>
      <p>
        <a className="button" href="/family">
          {t("back")}
        </a>
      </p>
      <p className="muted">
        {t.rich("stillRead", {
          guide: (chunks) => <a href={localePath(locale, "/guide")}>{chunks}</a>,
          now: (chunks) => <a href={localePath(locale, "/right-now")}>{chunks}</a>,
        })}
      </p>
    </div>
  );
}
