"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A family-space tab; marked current on its own page and on the pages below it. */
export function FamilyNavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const path = usePathname();
  const current = path === href || (!exact && path.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined} prefetch={false}>
      {children}
    </Link>
  );
}
