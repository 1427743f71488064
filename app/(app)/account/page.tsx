import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/auth/sessions";
import { deviceName } from "@/lib/auth/device-name";
import { recoveryCodeMadeAt } from "@/lib/account/recovery";
import { resetsOfMyPassword } from "@/lib/account/reset-links";
import { ChangePasswordForm, DeleteAccountForm, EndOtherSessionsForm, EndSessionForm } from "@/components/auth/AccountForms";
import { TimeZoneForm } from "@/components/auth/TimeZoneForm";
import { TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/account/time-zone";
import { timeZoneGroups } from "@/lib/account/time-zone-options";
import { formatMoment, formatMomentDay, isTimeZone } from "@/lib/dates";
import { personLocale } from "@/lib/i18n/person-locale";
import { listFamilies } from "@/lib/family/families";
import { KeptPlanNotice } from "@/components/family/plan/KeptPlanNotice";
import { changePasswordAction, deleteAccountAction, endOtherSessionsAction, endSessionAction, setTimeZoneAction } from "./actions";
import { SignedIn } from "@/components/ui/SignedIn";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("title"), robots: { index: false } };
}

type T = Awaited<ReturnType<typeof getTranslations<"Account">>>;

function devicesNotice(devices: string | undefined, t: T): string | undefined {
  if (devices === "ended-one") return t("endedOne");
  const others = /^ended-(\d{1,3})-others$/.exec(devices ?? "");
  if (!others) return undefined;
  const count = Number(others[1]);
  return count === 0 ? t("endedNone") : t("endedOthers", { count });
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string; devices?: string }> }) {
  const user = await requireUser("/account");
  const t = await getTranslations("Account");
  const locale = await personLocale();
  const query = await searchParams;
  const passwordChanged = query.password === "changed";
  const notice = devicesNotice(query.devices, t);
  const zone = await viewerTimeZone();
  const device = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const sessions = await listSessions({ userId: user.id }, await headers());
  const [codeMadeAt, resets] = await Promise.all([recoveryCodeMadeAt({ userId: user.id }), resetsOfMyPassword({ userId: user.id })]);
  const others = sessions.filter((session) => !session.current);
  const families = await listFamilies({ userId: user.id });
  // When something happened, in the reader's time zone and language: the words, and a <time> around them.
  const day = (date: Date) => formatMomentDay(date, zone.timeZone, locale);
  const time = (date: Date) =>
    function When(chunks: React.ReactNode) {
      return <time dateTime={date.toISOString()}>{chunks}</time>;
    };
  return (
    <div className="page">
      <SignedIn />
      <h1>{t("heading")}</h1>
      <p>{t.rich("signedInAs", { name: user.name, email: user.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <form action="/sign-out" method="post">
        <button type="submit" className="button button-secondary">
          {t("signOut")}
        </button>
      </form>

      <h2>{t("devicesHeading")}</h2>
      <p>{t("devicesText")}</p>
      {notice ? (
        <p role="status" className="form-success">
          {notice}
        </p>
      ) : null}
      <ul className="session-list" aria-label={t("devicesLabel")}>
        {sessions.map((session) => (
          <li key={session.id}>
            <strong>{deviceName(session.device, locale)}</strong>
            {session.current ? t("thisDevice") : null}
            <br />
            {t.rich("lastActive", { lastSeenDay: day(session.lastSeen), lastSeen: time(session.lastSeen), signedInDay: day(session.signedIn), signedIn: time(session.signedIn) })}
            {session.current ? null : <EndSessionForm action={endSessionAction.bind(null, session.id)} device={deviceName(session.device, locale)} />}
          </li>
        ))}
      </ul>
      {others.length > 0 ? <EndOtherSessionsForm action={endOtherSessionsAction} /> : null}
      <KeptPlanNotice />

      <h2>{t("timeZoneHeading")}</h2>
      <TimeZoneForm action={setTimeZoneAction} groups={timeZoneGroups(isTimeZone(device) ? device : null, locale)} current={zone.source === "setting" ? zone.timeZone : ""} />

      {families.length ? (
        <>
          <h2>{t("notificationsHeading")}</h2>
          <p>{t("notificationsText")}</p>
          <ul>
            {families.map((family) => (
              <li key={family.id}>
                <a href={`/family/${family.id}/notifications`} className="tap">
                  {t("notificationsFor", { family: family.name })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t("passwordHeading")}</h2>
      {passwordChanged ? (
        <p role="status" className="form-success">
          {t("passwordChanged")}
        </p>
      ) : null}
      <ChangePasswordForm action={changePasswordAction} />

      <h2>{t("recoveryHeading")}</h2>
      <p>
        {codeMadeAt
          ? t.rich("recoveryMade", { day: day(codeMadeAt), time: time(codeMadeAt) })
          : // Only a member of someone else's family space has an owner who can send a reset link.
            families.some((family) => family.role !== "owner")
            ? t("noRecoveryMember")
            : t("noRecovery")}
      </p>
      <p>
        <a className="button button-secondary" href="/account/recovery-code">
          {codeMadeAt ? t("makeNewCode") : t("makeCode")}
        </a>
      </p>
      {resets.length > 0 ? (
        <>
          <h3>{t("resetsHeading")}</h3>
          <ul>
            {resets.map((reset, index) => (
              <li key={index}>{t.rich("resetBy", { name: reset.createdBy.name, family: reset.family.name, moment: formatMoment(reset.usedAt!, zone.timeZone, locale), time: time(reset.usedAt!) })}</li>
            ))}
          </ul>
          <p className="muted">{t("resetsNotYou")}</p>
        </>
      ) : null}

      <h2>{t("deleteHeading")}</h2>
      <p>{t("deleteText")}</p>
      <DeleteAccountForm action={deleteAccountAction} />
    </div>
  );
}
