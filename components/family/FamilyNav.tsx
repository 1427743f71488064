import { getTranslations } from "next-intl/server";
import { FamilyNavLink } from "./FamilyNavLink";
import { FamilyMoreMenu } from "./FamilyMoreMenu";
import { AccountLinks } from "@/components/ui/AccountLinks";

/**
 * The family space's tabs. On phones a bar fixed to the bottom of the screen, in thumb reach, with
 * the four daily places and "More" (the other pages, your account and sign-out); on wider screens
 * one row, with account and sign-out in the header menu.
 */
export async function FamilyNav({ familyId, isOwner }: { familyId: string; isOwner: boolean }) {
  const t = await getTranslations("FamilyNav");
  const base = `/family/${familyId}`;
  const daily = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/check-ins`, label: t("checkIns"), exact: true },
    { href: `${base}/check-ins/new`, label: t("add"), long: t("addLong"), exact: true, primary: true },
    { href: `${base}/plan`, label: t("plan"), long: t("planLong"), exact: false },
  ];
  const more = [
    { href: `${base}/members`, label: t("members") },
    { href: `${base}/counselors`, label: t("counselors") },
    { href: `${base}/settings`, label: isOwner ? t("settingsOwner") : t("settings") },
  ];
  return (
    <nav aria-label={t("label")} className="family-nav">
      <ul className="family-tabs">
        {daily.map((link) => (
          <li key={link.href} className={link.primary ? "family-tab-primary" : undefined}>
            <FamilyNavLink href={link.href} exact={link.exact} label={link.long}>
              <span className="tab-short">{link.label}</span>
              {link.long ? <span className="tab-long">{link.long}</span> : null}
            </FamilyNavLink>
          </li>
        ))}
        {more.map((link) => (
          <li key={link.href} className="family-tab-wide">
            <FamilyNavLink href={link.href}>{link.label}</FamilyNavLink>
          </li>
        ))}
        <li className="family-tab-more">
          <FamilyMoreMenu label={t("more")}>
            {more.map((link) => (
              <li key={link.href}>
                <FamilyNavLink href={link.href}>{link.label}</FamilyNavLink>
              </li>
            ))}
            <AccountLinks labels={{ account: t("account"), signOut: t("signOut") }} />
          </FamilyMoreMenu>
        </li>
      </ul>
    </nav>
  );
}
