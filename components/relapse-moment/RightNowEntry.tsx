import { useTranslations } from "next-intl";
import { rightNowPath } from "./paths";

/** The way into the family's own "right now" from inside the family space (the overview). */
export function RightNowEntry({ familyId }: { familyId: string }) {
  const t = useTranslations("RelapseMoment");
  return (
    <p className="right-now-entry">
      <a href={rightNowPath(familyId)}>
        {t.rich("entry", { strong: (chunks) => <strong>{chunks}</strong> })}
      </a>
    </p>
  );
}
