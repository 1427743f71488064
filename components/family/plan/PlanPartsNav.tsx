import { useTranslations } from "next-intl";
import { PLAN_PARTS, partAnchor, partKey } from "./parts";

/** Jump links to the plan's parts, shared by the plan and its edit form. */
export function PlanPartsNav() {
  const t = useTranslations("Plan");
  return (
    <nav aria-label={t("partsNav")} className="my-4">
      <h2 className="sr-only">{t("partsNav")}</h2>
      <ol className="m-0 grid list-decimal gap-x-6 pl-6 text-[0.95rem] sm:grid-cols-2">
        {PLAN_PARTS.map((p) => (
          <li key={p.id}>
            <a href={`#${partAnchor(p.id)}`} className="tap">
              {t(partKey(p.id, "title"))}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
