import type { PlainFormAction } from "@/lib/forms/form-state";

/** "Mark these as seen" under a list of notices: a plain form (works without JavaScript), its ids bound by the page. */
export function MarkSeenForm({ action }: { action: PlainFormAction }) {
  return (
    <form action={action}>
      <button type="submit" className="button button-secondary">
        Mark these as seen
      </button>
    </form>
  );
}
