/**
 * Colours, patterns and scale arithmetic for the dashboard's small SVG charts. Each stage has a
 * colour with at least 3:1 contrast against white AND its own fill pattern, so the chart does not
 * rely on colour alone; the legend names the pattern too.
 */
export const STAGE_STYLES: Record<string, { color: string; pattern: "solid" | "stripes" | "dots"; patternName: string }> = {
  emotional: { color: "#0b5cad", pattern: "solid", patternName: "solid" },
  mental: { color: "#b34d00", pattern: "stripes", patternName: "striped" },
  physical: { color: "#6b2c91", pattern: "dots", patternName: "dotted" },
};

const FALLBACK = { color: "#4a5a63", pattern: "solid" as const, patternName: "solid" };

export const stageStyle = (stageId: string) => STAGE_STYLES[stageId] ?? FALLBACK;

/** A round top for an axis: the smallest of 1, 2, 5 x 10^k steps that gives at most `ticks` steps. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (!(max > 0)) return { top: ticks, step: 1 };
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough && Number.isInteger(s)) ?? Math.ceil(rough);
  return { top: Math.ceil(max / step) * step, step };
}

export const patternId = (prefix: string, stageId: string) => `${prefix}-${stageId}`;
