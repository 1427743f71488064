/** What a new family space shows before anyone has added a check-in. */
export function EmptyDashboard({ newCheckInHref }: { newCheckInHref: string }) {
  return (
    <div className="card">
      <h2 className="mt-0">No check-ins yet</h2>
      <p>
        Add your first check-in. It takes about two minutes. You tick the signs you noticed, say how worried you are, and how you
        are doing yourself.
      </p>
      <p>After a few check-ins, this page will show what the signs point to, which triggers come up most, and how you are doing over time.</p>
      <p className="mb-0">
        <a href={newCheckInHref} className="button">
          Add your first check-in
        </a>
      </p>
    </div>
  );
}
