import { DayLabel } from "./DayLabel";
import type { Dashboard } from "@/lib/family/trend";
import { WELLBEING_LABELS } from "@/components/family/checkins/labels";

const W = 400;
const H = 170;
const M = { top: 12, right: 10, bottom: 40, left: 30 };


/** Runs of weeks that have an answer, so the line breaks over weeks without one. */
function runs<T>(items: (T | null)[]): T[][] {
  const out: T[][] = [[]];
  for (const item of items) {
    if (item === null) out.push([]);
    else out.at(-1)!.push(item);
  }
  return out.filter((run) => run.length > 0);
}

/**
 * The person's own answers to "How are you doing yourself?": weekly average as a small line
 * chart (1 to 5), with the numbers in a table.
 */
export function WellbeingChart({ weeks }: { weeks: Dashboard["wellbeing"] }) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / weeks.length;
  const x = (i: number) => M.left + band * i + band / 2;
  const y = (v: number) => M.top + plotH - ((v - 1) / 4) * plotH;
  const points = weeks.map((week, i) => (week.average === null ? null : { x: x(i), y: y(week.average), week }));
  const answered = weeks.filter((w) => w.average !== null);
  const latest = answered.at(-1);
  const summary =
    `Line chart of how you said you were doing, as a weekly average from 1 (struggling a lot) to 5 (doing well), ` +
    `for the last ${weeks.length} weeks. ` +
    (latest ? `Your most recent week with an answer, ${latest.label}, averaged ${latest.average}. ` : "") +
    `The numbers are in the table below the chart.`;

  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="block h-auto w-full max-w-[36rem]">
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke={v === 1 ? "#1b2a33" : "#d9dee2"} strokeWidth="1" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize="13" fill="#4a5a63">
              {v}
            </text>
          </g>
        ))}
        {runs(points).map((run) =>
          run.length > 1 ? (
            <polyline
              key={run[0]!.week.start}
              points={run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")}
              fill="none"
              stroke="#0b5cad"
              strokeWidth="2.5"
              strokeLinejoin="round"
            />
          ) : null,
        )}
        {points.map((p) =>
          p ? <circle key={p.week.start} cx={p.x} cy={p.y} r="4.5" fill="#fff" stroke="#0b5cad" strokeWidth="2.5" /> : null,
        )}
        {weeks.map((week, i) => (
          <DayLabel key={week.start} x={x(i)} y={H - M.bottom + 15} day={week.start} />
        ))}
      </svg>
      <figcaption className="muted">1 means struggling a lot. 5 means doing well. Weeks start on the day shown.</figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-accent">Show these numbers as a table</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-sm">
            <caption className="sr-only">How you were doing, weekly average</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-left">
                  Week
                </th>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-left">
                  Your average (1 to 5)
                </th>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-right">
                  Check-ins
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row" className="border border-line px-2 py-1 text-left font-normal">
                    {week.label}
                  </th>
                  <td className="border border-line px-2 py-1">
                    {week.average === null ? "No answer" : `${week.average}: ${WELLBEING_LABELS[Math.round(week.average)]}`}
                  </td>
                  <td className="border border-line px-2 py-1 text-right">{week.checkIns}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
