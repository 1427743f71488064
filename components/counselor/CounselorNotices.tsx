import { getTranslations } from "next-intl/server";
import { formatMoment } from "@/lib/dates";
import { ACCESS_LEVELS, type AccessLevel } from "@/lib/counselor/levels";
import type { CounselorNotice } from "@/lib/notifications/counselor-notices";
import type { PlainFormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { MarkSeenForm } from "@/components/ui/form/MarkSeenForm";

const isLevel = (level: string | null): level is AccessLevel => level !== null && (ACCESS_LEVELS as readonly string[]).includes(level);

/** "Since you last looked" on the counselor home: families that connected, changed or ended. */
export async function CounselorNotices({ notices, timeZone, markSeen, locale }: { notices: CounselorNotice[]; timeZone: string; markSeen: PlainFormAction; locale: Locale }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Counselor");
  const describe = (notice: CounselorNotice): string => {
    const family = notice.familyName ?? t("notices.aFamily");
    const level = isLevel(notice.level) ? t(`levels.${notice.level}.title`).toLowerCase() : null;
    if (notice.change === "connected") return level ? t("notices.connectedLevel", { family, level }) : t("notices.connected", { family });
    if (notice.change === "level") return level ? t("notices.levelTo", { family, level }) : t("notices.level", { family });
    return t("notices.ended", { family });
  };
  return (
    <section id="since-you-last-looked" aria-labelledby="since-heading" className="card">
      <h2 id="since-heading">{t("notices.heading")}</h2>
      <ul className="since-list">
        {notices.map((notice) => (
          <li key={notice.id} className="since-item">
            <p>{describe(notice)}</p>
            <p className="muted">{formatMoment(notice.createdAt, timeZone, locale)}</p>
          </li>
        ))}
      </ul>
      <MarkSeenForm action={markSeen} />
    </section>
  );
}
