import { rightNowPath } from "./paths";

/** The way into the family's own "right now" from inside the family space (the overview). */
export function RightNowEntry({ familyId }: { familyId: string }) {
  return (
    <p className="right-now-entry">
      <a href={rightNowPath(familyId)}>
        <strong>Right now:</strong> your plan and what to do first
      </a>
    </p>
  );
}
