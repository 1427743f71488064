import { formatDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";

/** A week's first day under a chart's bar, on two lines ("Nov" over "15"; in Spanish "15" over "nov") so it stays readable. */
export function DayLabel({ x, y, day, locale = "en" }: { x: number; y: number; day: string; locale?: Locale }) {
  const [first, second] = formatDay(day, "short", locale).split(" ");
  return (
    <text x={x} y={y} textAnchor="middle" fontSize="13" fill="#1b2a33">
      <tspan x={x}>{first}</tspan>
      <tspan x={x} dy="14">
        {second}
      </tspan>
    </text>
  );
}
