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
      <table className="data">
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
    </div>
  );
}
