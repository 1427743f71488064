import { getTranslations } from "next-intl/server";
import { personLocale } from "@/lib/i18n/person-locale";
import { DayLabel } from "./DayLabel";
import { weekLabel, type Words } from "./words";
import type { Dashboard } from "@/lib/family/trend";
import { niceScale, patternId, stageStyle } from "./chart";
import { StagePatterns, StageSwatch } from "./StagePatterns";

const W = 400;
const H = 240;
const M = { top: 18, right: 6, bottom: 50 };


/** Each stage's segment of a stacked bar, bottom to top, as [from, to] in counts. */
function stack(stageIds: string[], counts: Record<string, number>) {
  const segments: { stageId: string; from: number; to: number }[] = [];
  for (const stageId of stageIds) {
    const n = counts[stageId] ?? 0;
    const from = segments.at(-1)?.to ?? 0;
    if (n > 0) segments.push({ stageId, from, to: from + n });
  }
  return segments;
}

/**
 * Signs noted per week, stacked by stage: a server-drawn SVG (role="img" with a summary), a
 * legend that names each stage's pattern, and the same numbers as a table.
 */
export async function SignsChart({ data }: { data: Pick<Dashboard, "signsByWeek" | "stages" | "signsInWeeks"> }) {
  const [chart, locale] = await Promise.all([getTranslations("Dashboard.chart"), personLocale()]);
  const t: Words = (key, values) => chart(key as Parameters<typeof chart>[0], values);
  const prefix = "signs-chart";
  const weeks = data.signsByWeek;
  const stageIds = data.stages.map((s) => s.id);
  const { top, step } = niceScale(Math.max(0, ...weeks.map((w) => w.total)));
  const count = (n: number) => n.toLocaleString(locale === "es" ? "es-US" : "en-US");
  // Room on the left for the longest axis label.
  const left = 12 + 7 * count(top).length;
  const plotW = W - left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / weeks.length;
  const barW = Math.min(30, band * 0.62);
  const y = (value: number) => M.top + plotH - (value / top) * plotH;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);

  const busiest = weeks.reduce((a, b) => (b.total > a.total ? b : a), weeks[0]!);
  const latest = weeks.at(-1)!;
  const summary = t("signsSummary", {
    weeks: weeks.length,
    total: data.signsInWeeks,
    busiest: weekLabel(busiest, t, locale),
    busiestTotal: busiest.total,
    latest: latest.total,
  });

  return (
    <figure className="m-0">
      <StagePatterns prefix={prefix} stageIds={stageIds} />
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="block h-auto w-full max-w-[36rem]">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={W - M.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#1b2a33" : "#d9dee2"} strokeWidth="1" />
            <text x={left - 5} y={y(tick) + 4} textAnchor="end" fontSize="13" fill="#4a5a63">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, i) => {
          const x = left + band * i + (band - barW) / 2;
          return (
            <g key={week.start}>
              {stack(stageIds, week.counts).map(({ stageId, from, to }) => (
                <rect
                  key={stageId}
                  x={x}
                  y={y(to)}
                  width={barW}
                  height={y(from) - y(to)}
                  fill={`url(#${patternId(prefix, stageId)})`}
                  stroke="#fff"
                  strokeWidth="1"
                />
              ))}
              {week.total ? (
                <text x={x + barW / 2} y={y(week.total) - 4} textAnchor="middle" fontSize="13" fontWeight="700" fill="#1b2a33">
                  {count(week.total)}
                </text>
              ) : null}
              <DayLabel x={x + barW / 2} y={H - M.bottom + 16} day={week.start} locale={locale} />
            </g>
          );
        })}
        <text x={left + plotW / 2} y={H - 4} textAnchor="middle" fontSize="13" fill="#4a5a63">
          {t("weekStarting")}
        </text>
      </svg>
      <figcaption>
        <ul className="m-0 mt-2 flex list-none flex-wrap gap-x-5 gap-y-1 p-0" aria-label={t("legend")}>
          {data.stages.map((stage) => (
            <li key={stage.id} className="flex items-center gap-2">
              <StageSwatch prefix={prefix} stageId={stage.id} />
              <span>
                {stage.name} <span className="muted">({t(stageStyle(stage.id).patternName)})</span>
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-accent">{t("showTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-sm">
            <caption className="sr-only">{t("signsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-left">
                  {t("week")}
                </th>
                {data.stages.map((stage) => (
                  <th key={stage.id} scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-right">
                    {stage.name}
                  </th>
                ))}
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-right">
                  {t("allSigns")}
                </th>
                <th scope="col" className="border border-line bg-[#eef2f4] px-2 py-1 text-right">
                  {t("checkIns")}
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row" className="whitespace-nowrap border border-line px-2 py-1 text-left font-normal">
                    {weekLabel(week, t, locale)}
                  </th>
                  {stageIds.map((id) => (
                    <td key={id} className="border border-line px-2 py-1 text-right">
                      {week.counts[id] ?? 0}
                    </td>
                  ))}
                  <td className="border border-line px-2 py-1 text-right font-semibold">{week.total}</td>
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
