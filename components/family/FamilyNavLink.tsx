"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A family-space tab; marked current on its own page and on the pages below it. */
export function FamilyNavLink({ href, exact = false, label, children }: { href: string; exact?: boolean; label?: string; children: React.ReactNode }) {
  const path = usePathname();
  const current = path === href || (!exact && path.startsWith(`${href}/`));
  return (
    // `label`: the full name ("Add a check-in") where a phone shows a short one ("Add").
    <Link href={href} aria-current={current ? "page" : undefined} aria-label={label} prefetch={false}>
      {children}
    </Link>
  );
}
