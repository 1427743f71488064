import { triggerGroupPath } from "@/lib/content";
import type { Dashboard } from "@/lib/family/trend";

/** The triggers noted most in the last four weeks, each linking to its group's guidance. */
export function TopTriggers({ triggers }: { triggers: Dashboard["topTriggers"] }) {
  if (!triggers.length) {
    return (
      <p className="card">
        No triggers were noted in the last four weeks. When you tick a trigger in a check-in, the ones that come up most will show here.
      </p>
    );
  }
  return (
    <ol className="card list-decimal pl-10">
      {triggers.map((trigger) => (
        <li key={trigger.id} className="mb-2">
          <span className="font-semibold">{trigger.label}</span>{" "}
          <span className="muted">
            (noted {trigger.count === 1 ? "once" : `${trigger.count} times`})
          </span>
          <br />
          <a href={triggerGroupPath(trigger.groupId)}>{trigger.groupName}: how to help</a>
        </li>
      ))}
    </ol>
  );
}
