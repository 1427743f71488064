import type { Metadata } from "next";
import Link from "next/link";
import { requireFamilyMember } from "@/lib/auth/guards";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { mailConfigured } from "@/lib/env";
import { FALLBACK_TIME_ZONE } from "@/lib/dates";
import { timeZoneLabel as zoneLabel } from "@/lib/account/time-zone-options";
import { getPreferences, getQuietDays } from "@/lib/notifications/preferences";
import { PreferencesForm, QuietDaysForm } from "@/components/family/notifications/NotificationForms";
import { savePreferencesAction, setQuietDaysAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications" };


export default async function NotificationsPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/notifications`);
  const actor = { userId: user.id };
  const [prefs, quietDays, zone] = await Promise.all([getPreferences(actor, access.familyId), getQuietDays(actor, access.familyId), viewerTimeZone()]);
  const mail = mailConfigured();
  // One zone per person: reminders use the same zone as this page (viewerTimeZone stores the
  // device's zone on the person while they follow their device).
  const reminderZone = zone.timeZone;
  return (
    <div>
      <h1>Notifications</h1>
      <p className="summary">Choose what you want to hear about from this family space. These are your own choices; nobody else sees them.</p>
      {mail ? (
        <p>
          We email you at <strong>{user.email}</strong>. To keep things private, the emails never say what happened. They only say
          “Something new in your family space”, with a link. The details wait here, under “Since you last looked” on the overview.
        </p>
      ) : (
        <p>
          What you choose shows under “Since you last looked” on your family’s{" "}
          <Link href={`/family/${access.familyId}`}>overview</Link>. This site does not send email.
        </p>
      )}
      <PreferencesForm
        action={savePreferencesAction.bind(null, access.familyId)}
        enabled={prefs.enabled}
        reminder={prefs.reminder}
        timeZoneLabel={zoneLabel(reminderZone)}
      />
      {zone.source === "setting" ? (
        <p className="muted">
          You chose this zone. Wrong time zone? <Link href="/account">Change it in your account</Link>.
        </p>
      ) : zone.source === "browser" ? (
        <p className="muted">
          This follows your device. Wrong time zone? <Link href="/account">Choose yours in your account</Link>.
        </p>
      ) : (
        <p>
          We could not tell your time zone, so reminders use {zoneLabel(FALLBACK_TIME_ZONE)}.{" "}
          <Link href="/account">Choose yours in your account</Link>.
        </p>
      )}

      <h2>When is the family quiet?</h2>
      {access.role === "owner" ? (
        <QuietDaysForm action={setQuietDaysAction.bind(null, access.familyId)} quietDays={quietDays} />
      ) : (
        <p>
          {quietDays === null
            ? "The family’s owner has not chosen this yet."
            : `The family’s owner chose ${quietDays} days without a check-in.`}
        </p>
      )}
    </div>
  );
}
