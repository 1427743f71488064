import { getTranslations } from "next-intl/server";
import { personLocale } from "@/lib/i18n/person-locale";
import { DayLabel } from "./DayLabel";
import { weekLabel, type Words } from "./words";
import type { Dashboard } from "@/lib/family/trend";

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
export async function WellbeingChart({ weeks }: { weeks: Dashboard["wellbeing"] }) {
  const [chart, dashboard, locale] = await Promise.all([getTranslations("Dashboard.chart"), getTranslations("Dashboard"), personLocale()]);
  const t: Words = (key, values) => chart(key as Parameters<typeof chart>[0], values);
  const wellbeingLabel = (n: number) => dashboard(`wellbeing.${n}` as Parameters<typeof dashboard>[0]);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / weeks.length;
  const x = (i: number) => M.left + band * i + band / 2;
  const y = (v: number) => M.top + plotH - ((v - 1) / 4) * plotH;
  const points = weeks.map((week, i) => (week.average === null ? null : { x: x(i), y: y(week.average), week }));
  const number = (n: number) => (locale === "es" ? n.toLocaleString("es-US") : String(n));
  const answered = weeks.filter((w) => w.average !== null);
  const latest = answered.at(-1);
  const summary =
    t("wellbeingSummary", { weeks: weeks.length }) +
    (latest ? t("wellbeingLatest", { week: weekLabel(latest, t, locale), average: number(latest.average!) }) : "") +
    t("wellbeingTableNote");

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
          <DayLabel key={week.start} x={x(i)} y={H - M.bottom + 15} day={week.start} locale={locale} />
        ))}
      </svg>
      <figcaption className="muted">{t("wellbeingCaption")}</figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-accent">{t("showTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-sm">
            <caption className="sr-only">{t("wellbeingTableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-left">
                  {t("week")}
                </th>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-left">
                  {t("yourAverage")}
                </th>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-right">
                  {t("checkIns")}
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row" className="border border-line px-2 py-1 text-left font-normal">
                    {weekLabel(week, t, locale)}
                  </th>
                  <td className="border border-line px-2 py-1">
                    {week.average === null ? t("noAnswer") : t("averageWithLabel", { average: number(week.average), label: wellbeingLabel(Math.round(week.average)) })}
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
