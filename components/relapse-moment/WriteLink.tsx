import type { TonightPart } from "@/lib/family/relapse-moment";
import { writeFromRightNowPath } from "./paths";

/** A part of the plan for tonight that is still empty: a short line and one button to its form. */
export function WriteLink({ familyId, checkIn, part, text, label }: { familyId: string; checkIn: string | null; part: TonightPart; text: string; label: string }) {
  return (
    <div className="moment-write">
      <p className="m-0">{text}</p>
      <a href={writeFromRightNowPath(familyId, part, checkIn)} className="button button-secondary">
        {label}
      </a>
    </div>
  );
}
