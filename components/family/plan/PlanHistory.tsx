import { PLAN_VERSIONS_KEPT, type PlanVersionSummary } from "@/lib/family/plan";
import { Moment } from "@/components/ui/Moment";
import { planPath } from "./parts";

/** The saved versions of the plan, newest first. */
export function PlanHistory({ familyId, versions, currentVersion }: { familyId: string; versions: PlanVersionSummary[]; currentVersion: number }) {
  if (versions.length === 0) {
    return (
      <p>
        Nobody has saved the plan yet. <a href={planPath(familyId, "/edit")}>Start your plan</a>.
      </p>
    );
  }
  return (
    <>
      <p>
        Each time someone saves the plan, we keep a copy. You can see the last {PLAN_VERSIONS_KEPT}. Older copies are deleted.
      </p>
      <ol className="m-0 grid list-none gap-2 p-0">
        {versions.map((v) => (
          <li key={v.version} className="card m-0">
            <a href={planPath(familyId, `/history/${v.version}`)} className="font-semibold">
              Version {v.version}
            </a>
            {v.version === currentVersion ? <strong className="ml-2 text-[0.9rem]">(the current plan)</strong> : null}
            <span className="block text-muted">
              Saved by {v.editedBy} on <Moment date={v.createdAt} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
