import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireFamilyMember } from "@/lib/auth/guards";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { mailConfigured } from "@/lib/env";
import { FALLBACK_TIME_ZONE } from "@/lib/dates";
import { getPreferences, getQuietDays } from "@/lib/notifications/preferences";
import { PreferencesForm, QuietDaysForm } from "@/components/family/notifications/NotificationForms";
import { savePreferencesAction, setQuietDaysAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Notifications");
  return { title: t("metaTitle") };
}

/** The US zones by name, in the reader's language (the same names as the account page's list); any other zone as it is. */
const ZONE_KEYS = {
  "America/New_York": "newYork",
  "America/Chicago": "chicago",
  "America/Denver": "denver",
  "America/Phoenix": "phoenix",
  "America/Los_Angeles": "losAngeles",
  "America/Anchorage": "anchorage",
  "Pacific/Honolulu": "honolulu",
  "America/Puerto_Rico": "puertoRico",
} as const;

export default async function NotificationsPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/notifications`);
  const actor = { userId: user.id };
  const [prefs, quietDays, zone, t] = await Promise.all([
    getPreferences(actor, access.familyId),
    getQuietDays(actor, access.familyId),
    viewerTimeZone(),
    getTranslations("Notifications"),
  ]);
  const zoneLabel = (name: string) => {
    const key = ZONE_KEYS[name as keyof typeof ZONE_KEYS];
    return key ? t(`zones.${key}`) : name.replaceAll("_", " ");
  };
  const mail = mailConfigured();
  // One zone per person: reminders use the same zone as this page (viewerTimeZone stores the
  // device's zone on the person while they follow their device).
  const reminderZone = zone.timeZone;
  const account = (chunks: React.ReactNode) => <Link href="/account">{chunks}</Link>;
  return (
    <div>
      <h1>{t("title")}</h1>
      <p className="summary">{t("summary")}</p>
      {mail ? (
        <p>{t.rich("mailOn", { email: user.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      ) : (
        <p>{t.rich("mailOff", { link: (chunks) => <Link href={`/family/${access.familyId}`}>{chunks}</Link> })}</p>
      )}
      <PreferencesForm
        action={savePreferencesAction.bind(null, access.familyId)}
        enabled={prefs.enabled}
        reminder={prefs.reminder}
        timeZoneLabel={zoneLabel(reminderZone)}
      />
      {zone.source === "setting" ? (
        <p className="muted">{t.rich("zoneChosen", { link: account })}</p>
      ) : zone.source === "browser" ? (
        <p className="muted">{t.rich("zoneDevice", { link: account })}</p>
      ) : (
        <p>{t.rich("zoneUnknown", { zone: zoneLabel(FALLBACK_TIME_ZONE), link: account })}</p>
      )}

      <h2>{t("quietHeading")}</h2>
      {access.role === "owner" ? (
        <QuietDaysForm action={setQuietDaysAction.bind(null, access.familyId)} quietDays={quietDays} />
      ) : (
        <p>{quietDays === null ? t("quietNotChosen") : t("quietChosen", { days: quietDays })}</p>
      )}
    </div>
  );
}
