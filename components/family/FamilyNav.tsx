import { FamilyNavLink } from "./FamilyNavLink";
import { FamilyMoreMenu } from "./FamilyMoreMenu";
import { AccountLinks } from "@/components/ui/AccountLinks";

/**
 * The family space's tabs. On phones a bar fixed to the bottom of the screen, in thumb reach, with
 * the four daily places and "More" (the other pages, your account and sign-out); on wider screens
 * one row, with account and sign-out in the header menu.
 */
export function FamilyNav({ familyId, isOwner }: { familyId: string; isOwner: boolean }) {
  const base = `/family/${familyId}`;
  const daily = [
    { href: base, label: "Overview", exact: true },
    { href: `${base}/check-ins`, label: "Check-ins", exact: true },
    { href: `${base}/check-ins/new`, label: "Add", long: "Add a check-in", exact: true, primary: true },
    { href: `${base}/plan`, label: "Plan", long: "Safety plan", exact: false },
  ];
  const more = [
    { href: `${base}/members`, label: "Members" },
    { href: `${base}/counselors`, label: "Counselors" },
    { href: `${base}/settings`, label: isOwner ? "Data and settings" : "Data" },
  ];
  return (
    <nav aria-label="Family space" className="family-nav">
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
          <FamilyMoreMenu>
            {more.map((link) => (
              <li key={link.href}>
                <FamilyNavLink href={link.href}>{link.label}</FamilyNavLink>
              </li>
            ))}
            <AccountLinks />
          </FamilyMoreMenu>
        </li>
      </ul>
    </nav>
  );
}
