import { useTranslations } from "next-intl";
import { PLAN_PART_SECTIONS, emptyPlan, type PlanContent } from "@/lib/family/plan";
import { PLAN_PARTS, partKey, planPath } from "./parts";

/** The parts of the plan as a task list: each links to its own short form. */
export function PlanPartsList({ familyId, content }: { familyId: string; content: PlanContent }) {
  const t = useTranslations("Plan");
  const empty = emptyPlan();
  // A part is filled in when its section differs from an empty plan's.
  const filled = (section: keyof PlanContent) => JSON.stringify(content[section]) !== JSON.stringify(empty[section]);
  return (
    <ol className="plan-parts">
      {PLAN_PARTS.map((part) => {
        const done = filled(PLAN_PART_SECTIONS[part.id]);
        return (
          <li key={part.id}>
            <a href={planPath(familyId, `/edit/${part.id}`)}>{t(partKey(part.id, "title"))}</a>
            <span className={done ? "plan-part-status plan-part-done" : "plan-part-status"}>{done ? t("edit.filled") : t("edit.notStarted")}</span>
          </li>
        );
      })}
    </ol>
  );
}
