import { useTranslations } from "next-intl";
import { ACCESS_LEVELS } from "@/lib/counselor/levels";

/**
 * Radio buttons for an access level, each with exactly what it shows and never shows, in the
 * reader's language (Counselor.levels; lib/counselor/levels.ts keeps the English). Works without JS.
 */
export function LevelChoice({ current }: { current?: string }) {
  const t = useTranslations("Counselor.levels");
  return (
    <fieldset className="field choice-group">
      <legend>{t("legend")}</legend>
      {ACCESS_LEVELS.map((level) => (
        <div className="choice" key={level}>
          <input type="radio" id={`level-${level}`} name="level" value={level} defaultChecked={current === level} required />
          <label htmlFor={`level-${level}`}>
            <strong>{t(`${level}.title`)}</strong>
            <span className="level-detail">{t("shows", { items: t(`${level}.shows`) })}</span>
            <span className="level-detail">{t("never", { items: t(`${level}.never`) })}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
