"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/** The footer's emergency call link, which an open menu must never hide. */
const CALL_LINK = '.site-footer a[href^="tel:"]';

/**
 * The family tabs' "More" on phones: a <details> (it opens without JavaScript too). With
 * JavaScript it closes once a page is chosen (the tabs stay on screen across pages, so a
 * <details> would stay open), on Escape and on a tap elsewhere; and when it opens over the
 * footer's "Call 911", the page scrolls that link up clear of it.
 */
export function FamilyMoreMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const path = usePathname();

  useEffect(() => {
    menu.current?.removeAttribute("open");
  }, [path]);

  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const close = () => details.removeAttribute("open");
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (!details.contains(target)) close();
      else if (target?.closest("a")) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        close();
        details.querySelector("summary")?.focus();
      }
    };
    const onToggle = () => {
      if (!details.open) return;
      const panel = details.querySelector("ul")?.getBoundingClientRect();
      const call = document.querySelector(CALL_LINK)?.getBoundingClientRect();
      if (!panel || !call || call.height === 0) return;
      const overlaps = call.bottom > panel.top && call.top < panel.bottom && call.right > panel.left && call.left < panel.right;
      // Scroll the link up above the menu, with room to spare (body:has(... [open]) adds the room).
      if (overlaps) window.scrollBy({ top: call.bottom - panel.top + 16, behavior: "instant" });
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    details.addEventListener("toggle", onToggle);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      details.removeEventListener("toggle", onToggle);
    };
  }, []);

  return (
    <details ref={menu}>
      <summary>{label}</summary>
      <ul>{children}</ul>
    </details>
  );
}
