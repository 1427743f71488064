import { formatDay } from "@/lib/dates";

/** A week's first day under a chart's bar, on two lines ("Nov" over "15") so it stays readable. */
export function DayLabel({ x, y, day }: { x: number; y: number; day: string }) {
  const [month, date] = formatDay(day, "short").split(" ");
  return (
    <text x={x} y={y} textAnchor="middle" fontSize="13" fill="#1b2a33">
      <tspan x={x}>{month}</tspan>
      <tspan x={x} dy="14">
        {date}
      </tspan>
    </text>
  );
}
