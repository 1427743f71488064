import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatMoment } from "@/lib/dates";
import { personLocale } from "@/lib/i18n/person-locale";
import type { FamilyEventView } from "@/lib/notifications/events";
import type { PlainFormAction } from "@/lib/forms/form-state";
import { MarkSeenForm } from "@/components/ui/form/MarkSeenForm";
import type { Words } from "./words";
import { describeEvent } from "./describe-event";

/** "Since you last looked": what happened in the family space that this person chose to hear about. */
export async function SinceLastLooked({
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
  const [since, locale] = await Promise.all([getTranslations("Dashboard.since"), personLocale()]);
  const t: Words = (key, values) => since(key as Parameters<typeof since>[0], values);
  return (
    <section id="since-you-last-looked" aria-labelledby="since-heading" className="card">
      <h2 id="since-heading">{t("heading")}</h2>
      <ul className="since-list">
        {events.map((event) => {
          const { text, link } = describeEvent(event, familyId, t, locale);
          return (
            <li key={event.id} className={event.kind === "alert" ? "since-item since-alert" : "since-item"}>
              <p>{text}</p>
              <p className="muted">{formatMoment(event.createdAt, timeZone, locale)}</p>
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
        <Link href={`/family/${familyId}/notifications`}>{t("choose")}</Link>
      </p>
    </section>
  );
}
