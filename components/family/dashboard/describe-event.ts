import { formatDay, isRealDay } from "@/lib/dates";
import { labelsIn } from "@/lib/family/labels";
import type { Locale } from "@/lib/i18n/locales";
import { ACCESS_LEVELS } from "@/lib/counselor/levels";
import type { FamilyEventView } from "@/lib/notifications/events";
import type { Words } from "./words";

/**
 * One event in words (in the app only, after sign-in; emails never carry these), and where to go
 * next. `t` is scoped to "Dashboard.since", in the reader's language.
 */
export function describeEvent(event: FamilyEventView, familyId: string, t: Words, locale: Locale = "en"): { text: string; link?: { href: string; label: string } } {
  const base = `/family/${familyId}`;
  const d = event.data;
  const day = (value: unknown) => (typeof value === "string" && isRealDay(value) ? formatDay(value, "long", locale) : null);
  switch (event.kind) {
    case "alert": {
      const name = event.actorName ?? t("someone");
      const on = day(d.date);
      return {
        text: on ? t("alertOn", { name, day: on }) : t("alert", { name }),
        link: { href: `${base}/check-ins/right-now`, label: t("alertLink") },
      };
    }
    case "reminder":
      return { text: t("reminder"), link: { href: `${base}/check-ins/new`, label: t("addCheckIn") } };
    case "naloxone": {
      const days = Number(d.days);
      const on = day(d.expiry);
      const text =
        days <= 0
          ? on
            ? t("naloxoneTodayOn", { day: on })
            : t("naloxoneToday")
          : on
            ? t("naloxoneOn", { count: days, day: on })
            : t("naloxone", { count: days });
      return { text, link: { href: `${base}/plan/edit/emergency`, label: t("naloxoneLink") } };
    }
    case "quiet":
      return { text: t("quiet", { count: Number(d.days) }), link: { href: `${base}/check-ins/new`, label: t("addCheckIn") } };
    case "weekly": {
      const count = Number(d.checkIns);
      const head =
        day(d.from) && day(d.to)
          ? t("weeklySpan", { from: formatDay(String(d.from), "short", locale), to: formatDay(String(d.to), "short", locale), count })
          : t("weekly", { count });
      const signs = Number(d.signs) > 0 && typeof d.stageId === "string" ? t("weeklyStage", { stage: labelsIn(locale).stageName(d.stageId) }) : t("weeklyNoSigns");
      return { text: `${head} ${signs}`, link: { href: base, label: t("weeklyLink") } };
    }
    case "counselor": {
      const name = typeof d.name === "string" ? d.name : t("aCounselor");
      const level = (ACCESS_LEVELS as readonly string[]).includes(String(d.level)) ? t(`levels.${String(d.level)}`) : null;
      const text =
        d.change === "connected"
          ? level
            ? t("connectedLevel", { name, level })
            : t("connected", { name })
          : d.change === "level"
            ? level
              ? t("levelChangedTo", { name, level })
              : t("levelChanged", { name })
            : t("disconnected", { name });
      return { text, link: { href: `${base}/counselors`, label: t("counselorsLink") } };
    }
  }
}
