import { formatDay } from "@/components/family/checkins/labels";
import type { Dashboard } from "@/lib/family/trend";

/** Last check-in and counts, as a short list of facts. */
export function AtAGlance({ data }: { data: Dashboard }) {
  const { counts } = data;
  return (
    <dl className="card grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
      <dt>Last check-in</dt>
      <dd className="m-0 text-right font-semibold">{data.lastCheckIn ? formatDay(data.lastCheckIn) : "None yet"}</dd>
      <dt>Check-ins in the last 4 weeks</dt>
      <dd className="m-0 text-right font-semibold">{counts.last28Days.toLocaleString("en-US")}</dd>
      <dt>Check-ins in the last 8 weeks</dt>
      <dd className="m-0 text-right font-semibold">{counts.last8Weeks.toLocaleString("en-US")}</dd>
      <dt>Your own check-ins in the last 8 weeks</dt>
      <dd className="m-0 text-right font-semibold">{counts.mineLast8Weeks.toLocaleString("en-US")}</dd>
    </dl>
  );
}
