import type { CheckInEntry, CheckInList as List } from "@/lib/family/checkins";
import { formatDay, formatLongDay, WELLBEING_LABELS, WORRY_LABELS } from "./labels";

/** The timeline: one card per check-in, newest first. */
export function CheckInList({ list, familyId }: { list: List; familyId: string }) {
  return (
    <ol className="m-0 list-none p-0" aria-label="Check-ins, newest first">
      {list.entries.map((entry) => (
        <li key={entry.id}>
          <CheckInCard entry={entry} familyId={familyId} />
        </li>
      ))}
    </ol>
  );
}

function CheckInCard({ entry, familyId }: { entry: CheckInEntry; familyId: string }) {
  const headingId = `check-in-${entry.id}`;
  const byStage = new Map<string, { name: string; labels: string[] }>();
  for (const sign of entry.signs) {
    const group = byStage.get(sign.stageId) ?? { name: sign.stageName, labels: [] };
    group.labels.push(sign.label);
    byStage.set(sign.stageId, group);
  }
  const who = entry.isMine ? "you" : (entry.author?.name ?? "someone who has left the family space");
  const Who = entry.isMine ? "You" : (entry.author?.name ?? "Someone who has left the family space");
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="mt-0 mb-1 text-xl">
        {formatLongDay(entry.date)}
      </h2>
      <p className="muted mb-3">
        Added by {who}.{" "}
        {entry.shared ? (
          "Shared with the family."
        ) : (
          <strong className="font-semibold text-ink">Private: only you can see this.</strong>
        )}
      </p>

      {entry.useSuspected ? (
        <p className="mb-3 rounded-md border-l-4 border-alert bg-alert-bg px-3 py-2">
          <strong>{Who} noted that they may have used.</strong>{" "}
          <a href="/right-now">See what to do right now</a>.
        </p>
      ) : null}

      <dl className="mb-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Worry</dt>
        <dd className="m-0">
          {entry.worry} of 5: {WORRY_LABELS[entry.worry] ?? ""}
        </dd>
        {entry.wellbeing !== null ? (
          <>
            <dt className="font-semibold">How you were doing</dt>
            <dd className="m-0">
              {entry.wellbeing} of 5: {WELLBEING_LABELS[entry.wellbeing] ?? ""}
            </dd>
          </>
        ) : null}
      </dl>

      {byStage.size ? (
        <>
          <h3 className="mt-3 mb-1 text-base">Signs noticed</h3>
          <ul className="mb-2 list-disc pl-6">
            {[...byStage.entries()].map(([stageId, group]) => (
              <li key={stageId}>
                <span className="font-semibold">{group.name}:</span> {group.labels.join("; ")}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mb-2">No signs from the list were ticked.</p>
      )}

      {entry.otherSigns ? (
        <>
          <h3 className="mt-3 mb-1 text-base">Also noticed</h3>
          <p className="mb-2 whitespace-pre-wrap break-words">{entry.otherSigns}</p>
        </>
      ) : null}

      {entry.triggers.length ? (
        <>
          <h3 className="mt-3 mb-1 text-base">Possible triggers</h3>
          <ul className="mb-2 list-disc pl-6">
            {entry.triggers.map((trigger) => (
              <li key={trigger.id}>
                {trigger.label} <span className="muted">({trigger.groupName.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {entry.note ? (
        <>
          <h3 className="mt-3 mb-1 text-base">Note</h3>
          <p className="mb-2 whitespace-pre-wrap break-words">{entry.note}</p>
        </>
      ) : null}

      {entry.isMine ? (
        <p className="mt-3 mb-0">
          <a href={`/family/${familyId}/check-ins/${entry.id}/edit`}>
            Edit or delete<span className="sr-only"> the check-in from {formatDay(entry.date)}</span>
          </a>
        </p>
      ) : null}
    </article>
  );
}

/** Newer / older links that keep the filters. */
export function Pagination({ list, basePath }: { list: List; basePath: string }) {
  if (list.pages <= 1) return null;
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (list.filters.stage) params.set("stage", list.filters.stage);
    if (list.filters.authorId) params.set("person", list.filters.authorId);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label="Pages of check-ins" className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-3">
      {list.page > 1 ? (
        <a href={href(list.page - 1)} rel="prev">
          ← Newer check-ins
        </a>
      ) : (
        <span />
      )}
      <span className="muted">
        {list.totalIsExact ? `Page ${list.page} of ${list.pages}` : `Page ${list.page}`}
      </span>
      {list.page < list.pages ? (
        <a href={href(list.page + 1)} rel="next">
          Older check-ins →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
