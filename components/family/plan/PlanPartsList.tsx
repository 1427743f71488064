import { PLAN_PART_SECTIONS, emptyPlan, type PlanContent } from "@/lib/family/plan";
import { PLAN_PARTS, planPath } from "./parts";

/** The parts of the plan as a task list: each links to its own short form. */
export function PlanPartsList({ familyId, content }: { familyId: string; content: PlanContent }) {
  const empty = emptyPlan();
  // A part is filled in when its section differs from an empty plan's.
  const filled = (section: keyof PlanContent) => JSON.stringify(content[section]) !== JSON.stringify(empty[section]);
  return (
    <ol className="plan-parts">
      {PLAN_PARTS.map((part) => {
        const done = filled(PLAN_PART_SECTIONS[part.id]);
        return (
          <li key={part.id}>
            <a href={planPath(familyId, `/edit/${part.id}`)}>{part.title}</a>
            <span className={done ? "plan-part-status plan-part-done" : "plan-part-status"}>{done ? "Filled in" : "Not started"}</span>
          </li>
        );
      })}
    </ol>
  );
}
