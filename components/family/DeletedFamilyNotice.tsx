import type { DeletedFamilySummary } from "@/lib/family/families";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** After the owner deletes a family: what is gone. The summary is null once its cookie has expired. */
export function DeletedFamilyNotice({ summary }: { summary: DeletedFamilySummary | null }) {
  const removed = summary
    ? [
        count(summary.checkIns, "check-in", "check-ins"),
        summary.planVersions > 0 ? `the safety plan and ${count(summary.planVersions, "saved version", "saved versions")}` : "the safety plan",
        count(summary.members, "membership", "memberships"),
        count(summary.invites, "open invitation", "open invitations"),
        count(summary.counselors, "counselor connection", "counselor connections"),
      ]
    : null;
  return (
    <div role="status" className="form-success deleted-notice" data-testid="family-deleted">
      <p className="m-0">
        <strong>{summary ? `The family space ${summary.name} was deleted.` : "The family space was deleted."}</strong>
      </p>
      {removed ? <p className="mb-0">Removed for good: {removed.join(", ")}.</p> : null}
      <p className="mb-0">Other members are told only that it was deleted by its owner.</p>
    </div>
  );
}
