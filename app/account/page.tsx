import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "@/app/(auth)/actions";
import { ChangePasswordForm, DeleteAccountForm } from "@/components/auth/AccountForms";
import { TimeZoneForm } from "@/components/auth/TimeZoneForm";
import { TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/account/time-zone";
import { timeZoneGroups } from "@/lib/account/time-zone-options";
import { isTimeZone } from "@/lib/dates";
import { cookies } from "next/headers";
import { listFamilies } from "@/lib/family/families";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requireUser("/account");
  const passwordChanged = (await searchParams).password === "changed";
  const zone = await viewerTimeZone();
  const device = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const families = await listFamilies({ userId: user.id });
  return (
    <div className="page">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{user.name}</strong> ({user.email}).
      </p>
      <form action={signOutAction}>
        <button type="submit" className="button button-secondary">
          Sign out
        </button>
      </form>

      <h2>Time zone</h2>
      <TimeZoneForm groups={timeZoneGroups(isTimeZone(device) ? device : null)} current={zone.source === "setting" ? zone.timeZone : ""} />

      {families.length ? (
        <>
          <h2>Notifications</h2>
          <p>Reminders and other notices are chosen for each family space, in your time zone.</p>
          <ul>
            {families.map((family) => (
              <li key={family.id}>
                <a href={`/family/${family.id}/notifications`}>Notifications for {family.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Change your password</h2>
      {passwordChanged ? (
        <p role="status" className="form-success">
          Your password is changed. Other devices have been signed out.
        </p>
      ) : null}
      <ChangePasswordForm />

      <h2>Delete your account</h2>
      <p>
        This removes your login, your private check-ins and your place in each family. Check-ins you shared stay with your
        family, without your name. A family where you are the only member is deleted with everything in it. If you own a
        family with other members, hand over ownership first.
      </p>
      <DeleteAccountForm />
    </div>
  );
}
