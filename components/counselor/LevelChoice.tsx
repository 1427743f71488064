import { ACCESS_LEVELS, LEVEL_DESCRIPTIONS } from "@/lib/counselor/levels";

/** Radio buttons for an access level, each with exactly what it shows and never shows. Works without JS. */
export function LevelChoice({ current }: { current?: string }) {
  return (
    <fieldset className="field choice-group">
      <legend>What may the counselor see?</legend>
      {ACCESS_LEVELS.map((level) => {
        const description = LEVEL_DESCRIPTIONS[level];
        return (
          <div className="choice" key={level}>
            <input type="radio" id={`level-${level}`} name="level" value={level} defaultChecked={current === level} required />
            <label htmlFor={`level-${level}`}>
              <strong>{description.title}</strong>
              <span className="level-detail">Shows: {description.shows.join(" ")}</span>
              <span className="level-detail">Never shows: {description.never.join("; ")}.</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
