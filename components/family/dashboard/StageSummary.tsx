import { pagePath, responsesPath, stagePath } from "@/lib/content";
import type { Dashboard } from "@/lib/family/trend";

/** The one-sentence reading of the last four weeks, and what the family can do at that stage. */
export function StageSummary({ trend, focusStage }: { trend: Dashboard["stageTrend"]; focusStage: Dashboard["focusStage"] }) {
  return (
    <div className="card">
      <p className="text-lg font-semibold">{trend.sentence}</p>
      {focusStage ? (
        <>
          <h3 className="mt-3 mb-1">What you can do at the {focusStage.name.toLowerCase()} stage</h3>
          <ul className="list-disc pl-6">
            {focusStage.familyCanDo.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <ul className="m-0 list-none p-0">
            <li>
              <a href={stagePath(focusStage.id)}>Read about {focusStage.name.toLowerCase()}</a>
            </li>
            <li>
              <a href={responsesPath("helpful")}>Ways to respond that help</a>
            </li>
          </ul>
        </>
      ) : (
        <p className="mb-0">
          When you tick signs in a check-in, this will show which stage of relapse they point to.{" "}
          <a href={pagePath("stages-of-relapse")}>Read about the stages of relapse</a>.
        </p>
      )}
      <p className="muted mt-3 mb-0">
        Signs are a guide, not a test. Only you know the whole picture. Trust what you see, and talk with their care team.
      </p>
    </div>
  );
}
