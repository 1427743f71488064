import type { NaloxoneStatus } from "@/lib/family/plan";
import { formatDay } from "./format";

/** A warning when the naloxone is past its date or runs out within 30 days; nothing otherwise. */
export function NaloxoneNotice({ status, compact = false }: { status: NaloxoneStatus; compact?: boolean }) {
  if (status.state !== "expired" && status.state !== "soon") return null;
  const date = formatDay(status.expiry);
  const expired = status.state === "expired";
  const headline = expired
    ? `Your naloxone expired on ${date}.`
    : status.days === 0
      ? "Your naloxone expires today."
      : `Your naloxone expires in ${status.days} ${status.days === 1 ? "day" : "days"}, on ${date}.`;
  return (
    <p
      className={
        expired
          ? "m-0 rounded-md border-l-4 border-alert bg-alert-bg px-3 py-2 text-alert print:border print:bg-transparent print:text-black"
          : "m-0 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 print:border print:bg-transparent print:text-black"
      }
    >
      <strong>{headline}</strong>
      {compact ? null : (
        <>
          {" "}
          {expired ? "Get a new one soon." : "Get a new one before then."} In the US, pharmacies sell naloxone nasal spray without a
          prescription. Then change the date in your plan.
        </>
      )}
    </p>
  );
}
