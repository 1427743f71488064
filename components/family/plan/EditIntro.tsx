import { planPath } from "./parts";

/** The top of the edit page. */
export function EditIntro({ familyId, isNew }: { familyId: string; isNew: boolean }) {
  return (
    <header className="grid gap-3">
      <p className="m-0">
        <a href={planPath(familyId)} className="tap">Back to the plan</a>
      </p>
      <h1 className="mb-0">{isNew ? "Start your safety plan" : "Change your safety plan"}</h1>
      <p className="m-0">
        Choose a part, fill in what you can, and save it. Every part is optional, and you can come back any time. It works best if you
        write it together, at a quiet time, when no one is upset.
      </p>
      <p className="muted m-0">Everyone in your family space can see and change this plan. Each save is kept, so you can look back.</p>
    </header>
  );
}
