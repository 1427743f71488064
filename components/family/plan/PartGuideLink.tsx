import { useLocale, useTranslations } from "next-intl";
import { partGuideHref, partKey, type PlanPartId } from "./parts";

/** "Help with this part": the guide page behind a plan part. Not printed: paper needs the plan, not links. */
export function PartGuideLink({ id }: { id: PlanPartId }) {
  const t = useTranslations("Plan");
  const locale = useLocale();
  return (
    <p className="muted m-0 text-[0.95rem] print:hidden">
      {t.rich("guideLink", { title: t(partKey(id, "guide")), link: (chunks) => <a href={partGuideHref(id, locale)}>{chunks}</a> })}
    </p>
  );
}
