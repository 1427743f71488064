import { formatMoment } from "@/lib/dates";
import { ACCESS_LEVELS, LEVEL_DESCRIPTIONS, type AccessLevel } from "@/lib/counselor/levels";
import type { CounselorNotice } from "@/lib/notifications/counselor-notices";
import type { PlainFormAction } from "@/lib/forms/form-state";
import { MarkSeenForm } from "@/components/ui/form/MarkSeenForm";

const levelTitle = (level: string | null) =>
  level && (ACCESS_LEVELS as readonly string[]).includes(level) ? LEVEL_DESCRIPTIONS[level as AccessLevel].title.toLowerCase() : null;

function describe(notice: CounselorNotice): string {
  const level = levelTitle(notice.level);
  if (notice.change === "connected") return `${notice.familyName} connected with you${level ? `, and shares: ${level}` : ""}.`;
  if (notice.change === "level") return `${notice.familyName} changed what you may see${level ? ` to: ${level}` : ""}.`;
  return `${notice.familyName} ended the connection.`;
}

/** "Since you last looked" on the counselor home: families that connected, changed or ended. */
export function CounselorNotices({ notices, timeZone, markSeen }: { notices: CounselorNotice[]; timeZone: string; markSeen: PlainFormAction }) {
  if (notices.length === 0) return null;
  return (
    <section id="since-you-last-looked" aria-labelledby="since-heading" className="card">
      <h2 id="since-heading">Since you last looked</h2>
      <ul className="since-list">
        {notices.map((notice) => (
          <li key={notice.id} className="since-item">
            <p>{describe(notice)}</p>
            <p className="muted">{formatMoment(notice.createdAt, timeZone)}</p>
          </li>
        ))}
      </ul>
      <MarkSeenForm action={markSeen} />
    </section>
  );
}
