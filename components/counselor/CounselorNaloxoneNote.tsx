import type { NaloxoneStatus } from "@/lib/family/plan";
import { formatDay } from "@/lib/dates";

/**
 * The naloxone date warning in a counselor's words: the family's own notice tells them to change
 * the date in their plan, which a counselor cannot (and should not) do.
 */
export function CounselorNaloxoneNote({ status }: { status: NaloxoneStatus }) {
  if (status.state !== "expired" && status.state !== "soon") return null;
  const date = formatDay(status.expiry);
  const headline =
    status.state === "expired"
      ? `The family's naloxone expired on ${date}.`
      : status.days === 0
        ? "The family's naloxone expires today."
        : `The family's naloxone expires in ${status.days} ${status.days === 1 ? "day" : "days"}, on ${date}.`;
  return (
    <p className="counselor-naloxone" data-testid="counselor-naloxone">
      <strong>{headline}</strong> You may want to remind them: in the US, pharmacies sell naloxone nasal spray without a
      prescription. Only the family can change the date in their plan.
    </p>
  );
}
