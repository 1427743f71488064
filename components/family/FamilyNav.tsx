import { FamilyNavLink } from "./FamilyNavLink";

export function FamilyNav({ familyId, isOwner }: { familyId: string; isOwner: boolean }) {
  const base = `/family/${familyId}`;
  const links = [
    { href: base, label: "What we're seeing", exact: true },
    { href: `${base}/check-ins`, label: "Check-ins", exact: true },
    { href: `${base}/check-ins/new`, label: "Add a check-in", exact: true },
    { href: `${base}/plan`, label: "Safety plan" },
    { href: `${base}/members`, label: "Members" },
    { href: `${base}/counselors`, label: "Counselors" },
    { href: `${base}/settings`, label: isOwner ? "Data and settings" : "Data" },
  ];
  return (
    <nav aria-label="Family space" className="family-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <FamilyNavLink href={link.href} exact={"exact" in link && link.exact}>
              {link.label}
            </FamilyNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
