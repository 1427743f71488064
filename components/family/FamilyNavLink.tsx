"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function FamilyNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const current = usePathname() === href;
  return (
    <Link href={href} aria-current={current ? "page" : undefined} prefetch={false}>
      {children}
    </Link>
  );
}
