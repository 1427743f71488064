import { patternId, stageStyle } from "./chart";

/**
 * The fill patterns, defined once per chart in an invisible SVG so the chart and its legend
 * swatches can share them.
 */
export function StagePatterns({ prefix, stageIds }: { prefix: string; stageIds: string[] }) {
  return (
    <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
      <defs>
        {stageIds.map((id) => {
          const style = stageStyle(id);
          return (
            <pattern key={id} id={patternId(prefix, id)} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill={style.color} />
              {style.pattern === "stripes" ? <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#fff" strokeWidth="1.4" /> : null}
              {style.pattern === "dots" ? <circle cx="3" cy="3" r="1.3" fill="#fff" /> : null}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A small legend swatch using a stage's pattern. */
export function StageSwatch({ prefix, stageId }: { prefix: string; stageId: string }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="inline-block shrink-0 align-middle">
      <rect x="1" y="1" width="18" height="18" rx="2" fill={`url(#${patternId(prefix, stageId)})`} stroke={stageStyle(stageId).color} strokeWidth="1" />
    </svg>
  );
}
