import { useTranslations } from "next-intl";
import { PLAN_VERSIONS_KEPT, type PlanVersionSummary } from "@/lib/family/plan";
import { Moment } from "@/components/ui/Moment";
import { planPath } from "./parts";

/** The saved versions of the plan, newest first. */
export function PlanHistory({ familyId, versions, currentVersion }: { familyId: string; versions: PlanVersionSummary[]; currentVersion: number }) {
  const t = useTranslations("PlanHistory");
  if (versions.length === 0) {
    return <p>{t.rich("none", { link: (chunks) => <a href={planPath(familyId, "/edit")}>{chunks}</a> })}</p>;
  }
  return (
    <>
      <p>{t("intro", { count: PLAN_VERSIONS_KEPT })}</p>
      <ol className="m-0 grid list-none gap-2 p-0">
        {versions.map((v) => (
          <li key={v.version} className="card m-0">
            <a href={planPath(familyId, `/history/${v.version}`)} className="font-semibold">
              {t("version", { version: v.version })}
            </a>
            {v.version === currentVersion ? <strong className="ml-2 text-[0.9rem]">{t("current")}</strong> : null}
            <span className="block text-muted">{t.rich("savedBy", { name: v.editedBy, when: () => <Moment date={v.createdAt} /> })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
