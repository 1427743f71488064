import Link from "next/link";
import { formatDay, formatMoment, isRealDay } from "@/lib/dates";
import { stageName } from "@/lib/family/labels";
import { LEVEL_DESCRIPTIONS, ACCESS_LEVELS, type AccessLevel } from "@/lib/counselor/levels";
import type { FamilyEventView } from "@/lib/notifications/events";
import type { PlainFormAction } from "@/lib/forms/form-state";
import { MarkSeenForm } from "@/components/ui/form/MarkSeenForm";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (value: unknown) => (typeof value === "string" && isRealDay(value) ? formatDay(value) : null);

/** One event in words (in the app only, after sign-in; emails never carry these), and where to go next. */
export function describeEvent(event: FamilyEventView, familyId: string): { text: string; link?: { href: string; label: string } } {
  const base = `/family/${familyId}`;
  const d = event.data;
  switch (event.kind) {
    case "alert":
      return {
        text: `${event.actorName ?? "Someone in your family"} noted “may have used” in a check-in${day(d.date) ? ` for ${day(d.date)}` : ""}.`,
        link: { href: `${base}/check-ins/right-now`, label: "What to do right now" },
      };
    case "reminder":
      return { text: "Your check-in reminder.", link: { href: `${base}/check-ins/new`, label: "Add a check-in" } };
    case "naloxone": {
      const days = Number(d.days);
      const when = days <= 0 ? "today" : `in ${plural(days, "day")}`;
      return {
        text: `The naloxone in your plan reaches its date ${when}${day(d.expiry) ? ` (${day(d.expiry)})` : ""}. Get a new one from a pharmacy.`,
        link: { href: `${base}/plan/edit/emergency`, label: "Update the plan" },
      };
    }
    case "quiet":
      return { text: `Nobody has added a check-in for ${plural(Number(d.days), "day")}.`, link: { href: `${base}/check-ins/new`, label: "Add a check-in" } };
    case "weekly": {
      const span = day(d.from) && day(d.to) ? ` (${formatDay(String(d.from), "short")} to ${formatDay(String(d.to), "short")})` : "";
      const signs = Number(d.signs) > 0 && typeof d.stageId === "string" ? ` The signs noted point most to ${stageName(d.stageId)}.` : " No signs were noted.";
      return { text: `Last week${span}: ${plural(Number(d.checkIns), "check-in")}.${signs}`, link: { href: base, label: "See the picture" } };
    }
    case "counselor": {
      const name = typeof d.name === "string" ? d.name : "A counselor";
      const level = (ACCESS_LEVELS as readonly string[]).includes(String(d.level)) ? LEVEL_DESCRIPTIONS[d.level as AccessLevel].title.toLowerCase() : null;
      const text =
        d.change === "connected"
          ? `${name} was connected to your family space${level ? `, and may see: ${level}` : ""}.`
          : d.change === "level"
            ? `What ${name} may see was changed${level ? ` to: ${level}` : ""}.`
            : `${name} was disconnected from your family space.`;
      return { text, link: { href: `${base}/counselors`, label: "Counselors" } };
    }
  }
}

/** "Since you last looked": what happened in the family space that this person chose to hear about. */
export function SinceLastLooked({
  events,
  familyId,
  timeZone,
  markSeen,
}: {
  events: FamilyEventView[];
  familyId: string;
  timeZone: string;
  /** With the family bound by the page. */
  markSeen: PlainFormAction;
}) {
  if (events.length === 0) return null;
  return (
    <section id="since-you-last-looked" aria-labelledby="since-heading" className="card">
      <h2 id="since-heading">Since you last looked</h2>
      <ul className="since-list">
        {events.map((event) => {
          const { text, link } = describeEvent(event, familyId);
          return (
            <li key={event.id} className={event.kind === "alert" ? "since-item since-alert" : "since-item"}>
              <p>{text}</p>
              <p className="muted">{formatMoment(event.createdAt, timeZone)}</p>
              {link ? (
                <p>
                  <Link href={link.href}>{link.label}</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <MarkSeenForm action={markSeen} />
      <p className="muted">
        <Link href={`/family/${familyId}/notifications`}>Choose what you hear about</Link>
      </p>
    </section>
  );
}
