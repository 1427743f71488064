import { getTranslations } from "next-intl/server";
import { getCatalogue, stagePath } from "@/lib/content";
import { formatDay } from "@/lib/dates";
import type { CounselorSummary } from "@/lib/counselor/views";
import type { Locale } from "@/lib/i18n/locales";
import { trendWords } from "@/lib/counselor/summary-words";

/** The check-in summary a family granted: counts and dates only, as a plain table. */
export async function SummaryTable({ summary, caption, locale }: { summary: CounselorSummary; caption: string; locale: Locale }) {
  const t = await getTranslations("Counselor.summary");
  const stages = getCatalogue(locale).stages;
  const stageName = (id: string) => (stages.find((s) => s.id === id)?.name ?? id).toLowerCase();
  const focus = stages.find((s) => s.id === summary.focusStageId);
  const weekLabel = (week: { start: string; end: string }) => t("week", { start: formatDay(week.start, "short", locale), end: formatDay(week.end, "short", locale) });
  return (
    <div>
      <p>
        {trendWords((key, values) => t(key, values), summary, stageName, locale)}
        {focus ? (
          <>
            {" "}
            <a href={stagePath(focus.id, locale)}>{t("about", { stage: focus.name.toLowerCase() })}</a>
          </>
        ) : null}
      </p>
      <p className="muted">
        {t("totals", { count: summary.sharedCheckIns, last: summary.lastCheckIn ? formatDay(summary.lastCheckIn, "long", locale) : t("never") })}
      </p>
      {/* Two presentations of the same counts; CSS shows one (display: none hides the other from
          screen readers too). A phone has no room for four columns: "Emotional relapse" split
          inside its words, and each week took three lines. There, each week is a line of its own
          with only the stages that had signs (docs/decisions/047). */}
      <table className="data summary-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("weekHeading")}</th>
            {stages.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{weekLabel(week)}</th>
              {stages.map((s) => (
                <td key={s.id}>{week.counts[s.id] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="summary-weeks" aria-label={caption} data-testid="summary-weeks">
        {summary.weeks.map((week) => {
          const noted = stages.filter((s) => (week.counts[s.id] ?? 0) > 0);
          return (
            <li key={week.start}>
              <span className="summary-week">{weekLabel(week)}</span>
              {noted.length ? (
                <span className="summary-counts">
                  {noted.map((s) => (
                    <span key={s.id} className="summary-count">
                      {s.name}: <strong>{week.counts[s.id]}</strong>
                    </span>
                  ))}
                </span>
              ) : (
                <span className="summary-counts muted">{t("noSigns")}</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
