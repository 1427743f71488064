import { useTranslations } from "next-intl";
import type { RelapseMoment } from "@/lib/family/relapse-moment";
import { ActNow } from "./ActNow";
import { ShortGuidance } from "./ShortGuidance";
import { WhoWasTold } from "./WhoWasTold";
import { YourPlan } from "./YourPlan";

/**
 * The family's own "right now" page, in the order the moment needs it: the block that acts (call
 * 911, then naloxone), the family's plan, who was told, then the general guidance, shortened.
 */
export function RelapseMomentView({ moment, saved }: { moment: RelapseMoment; saved: boolean }) {
  const t = useTranslations("RelapseMoment");
  const checkIn = moment.alerted?.checkIn.id ?? null;
  return (
    <div className="relapse-moment">
      <h1 className="moment-title">{t("title")}</h1>
      <ActNow />
      <YourPlan moment={moment} checkIn={checkIn} saved={saved} />
      {moment.alerted ? <WhoWasTold familyId={moment.familyId} alerted={moment.alerted} /> : null}
      <ShortGuidance />
    </div>
  );
}
