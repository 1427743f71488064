import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/auth/sessions";
import { recoveryCodeMadeAt } from "@/lib/account/recovery";
import { resetsOfMyPassword } from "@/lib/account/reset-links";
import { ChangePasswordForm, DeleteAccountForm, EndOtherSessionsForm, EndSessionForm } from "@/components/auth/AccountForms";
import { TimeZoneForm } from "@/components/auth/TimeZoneForm";
import { TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/account/time-zone";
import { timeZoneGroups } from "@/lib/account/time-zone-options";
import { isTimeZone } from "@/lib/dates";
import { Moment } from "@/components/ui/Moment";
import { listFamilies } from "@/lib/family/families";
import { KeptPlanNotice } from "@/components/family/plan/KeptPlanNotice";
import { changePasswordAction, deleteAccountAction, endOtherSessionsAction, endSessionAction, setTimeZoneAction } from "./actions";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

function devicesNotice(devices: string | undefined): string | undefined {
  if (devices === "ended-one") return "That device is signed out.";
  const others = /^ended-(\d{1,3})-others$/.exec(devices ?? "");
  if (!others) return undefined;
  const count = Number(others[1]);
  return count === 0 ? "No other device was signed in." : `Signed out ${count} other device${count === 1 ? "" : "s"}.`;
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string; devices?: string }> }) {
  const user = await requireUser("/account");
  const query = await searchParams;
  const passwordChanged = query.password === "changed";
  const notice = devicesNotice(query.devices);
  const zone = await viewerTimeZone();
  const device = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const sessions = await listSessions({ userId: user.id }, await headers());
  const [codeMadeAt, resets] = await Promise.all([recoveryCodeMadeAt({ userId: user.id }), resetsOfMyPassword({ userId: user.id })]);
  const others = sessions.filter((session) => !session.current);
  const families = await listFamilies({ userId: user.id });
  return (
    <div className="page">
      <SignedIn />
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{user.name}</strong> ({user.email}).
      </p>
      <form action="/sign-out" method="post">
        <button type="submit" className="button button-secondary">
          Sign out
        </button>
      </form>

      <h2>Where you are signed in</h2>
      <p>If you see a device you do not know, sign it out and change your password.</p>
      {notice ? (
        <p role="status" className="form-success">
          {notice}
        </p>
      ) : null}
      <ul className="session-list" aria-label="Signed-in devices">
        {sessions.map((session) => (
          <li key={session.id}>
            <strong>{session.device}</strong>
            {session.current ? " (this device)" : null}
            <br />
            Last active <Moment date={session.lastSeen} dayOnly /> · signed in <Moment date={session.signedIn} dayOnly />
            {session.current ? null : <EndSessionForm action={endSessionAction.bind(null, session.id)} device={session.device} />}
          </li>
        ))}
      </ul>
      {others.length > 0 ? <EndOtherSessionsForm action={endOtherSessionsAction} /> : null}
      <KeptPlanNotice />

      <h2>Time zone</h2>
      <TimeZoneForm action={setTimeZoneAction} groups={timeZoneGroups(isTimeZone(device) ? device : null)} current={zone.source === "setting" ? zone.timeZone : ""} />

      {families.length ? (
        <>
          <h2>Notifications</h2>
          <p>Reminders and other notices are chosen for each family space, in your time zone.</p>
          <ul>
            {families.map((family) => (
              <li key={family.id}>
                <a href={`/family/${family.id}/notifications`} className="tap">Notifications for {family.name}</a>
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
      <ChangePasswordForm action={changePasswordAction} />

      <h2>Recovery code</h2>
      <p>
        {codeMadeAt ? (
          <>
            You made a recovery code on <Moment date={codeMadeAt} dayOnly />. It lets you choose a new password if you forget yours.
          </>
        ) : (
          // Only a member of someone else's family space has an owner who can send a reset link.
          families.some((family) => family.role !== "owner")
            ? "You have no recovery code. Without one, a forgotten password locks you out unless the owner of your family space gives you a reset link."
            : "You have no recovery code. Without one, a forgotten password locks you out of this account."
        )}
      </p>
      <p>
        <a className="button button-secondary" href="/account/recovery-code">
          {codeMadeAt ? "Make a new recovery code" : "Make a recovery code"}
        </a>
      </p>
      {resets.length > 0 ? (
        <>
          <h3>Password resets</h3>
          <ul>
            {resets.map((reset, index) => (
              <li key={index}>
                With a link from {reset.createdBy.name} ({reset.family.name}), <Moment date={reset.usedAt!} />.
              </li>
            ))}
          </ul>
          <p className="muted">If you did not do this, change your password and make a new recovery code.</p>
        </>
      ) : null}

      <h2>Delete your account</h2>
      <p>
        This removes your login, your private check-ins and your place in each family. Check-ins you shared stay with your
        family, without your name. A family where you are the only member is deleted with everything in it. If you own a
        family with other members, hand over ownership first.
      </p>
      <DeleteAccountForm action={deleteAccountAction} />
    </div>
  );
}
