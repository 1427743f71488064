import { getCatalogue, stagePath } from "@/lib/content";
import { formatDay } from "@/lib/dates";
import type { CounselorSummary } from "@/lib/counselor/views";

/** The check-in summary a family granted: counts and dates only, as a plain table. */
export function SummaryTable({ summary, caption }: { summary: CounselorSummary; caption: string }) {
  const stages = getCatalogue().stages;
  const focus = stages.find((s) => s.id === summary.focusStageId);
  return (
    <div>
      <p>
        {summary.trendSentence}
        {focus ? (
          <>
            {" "}
            <a href={stagePath(focus.id)}>About {focus.name.toLowerCase()}</a>
          </>
        ) : null}
      </p>
      <p className="muted">
        {summary.sharedCheckIns} shared check-ins in all · last one {summary.lastCheckIn ? formatDay(summary.lastCheckIn) : "never"}
      </p>
      {/* Two presentations of the same counts; CSS shows one (display: none hides the other from
          screen readers too). A phone has no room for four columns: "Emotional relapse" split
          inside its words, and each week took three lines. There, each week is a line of its own
          with only the stages that had signs (docs/decisions/047). */}
      <table className="data summary-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
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
              <th scope="row">{week.label}</th>
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
              <span className="summary-week">{week.label}</span>
              {noted.length ? (
                <span className="summary-counts">
                  {noted.map((s) => (
                    <span key={s.id} className="summary-count">
                      {s.name}: <strong>{week.counts[s.id]}</strong>
                    </span>
                  ))}
                </span>
              ) : (
                <span className="summary-counts muted">No signs noted</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
