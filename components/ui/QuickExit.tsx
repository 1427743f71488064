"use client";

import { useEffect } from "react";
import { QUICK_EXIT_URL } from "@/lib/site";

/** How close together two Escape presses must be to count as "leave now". */
const DOUBLE_ESCAPE_MS = 800;

function leave() {
  // replace(), not assign(): the page being read is taken out of the back-button history.
  window.location.replace(QUICK_EXIT_URL);
}

/**
 * Leaves for a neutral site at once. Without JavaScript it is still a plain link that leaves.
 */
export function QuickExit() {
  useEffect(() => {
    let lastEscape = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape < DOUBLE_ESCAPE_MS) leave();
      lastEscape = now;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <a
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      className="quick-exit"
      onClick={(event) => {
        event.preventDefault();
        leave();
      }}
      title="Leave this site now (or press Escape twice)"
    >
      Quick exit
    </a>
  );
}
