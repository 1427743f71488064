"use client";

import { useLayoutEffect, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** What the person typed into the control before the page's JavaScript ran, or null. */
function typedBeforeHydration(id: string): string | null {
  const control = document.getElementById(id);
  return control instanceof HTMLTextAreaElement && control.value !== control.defaultValue ? control.value : null;
}

/**
 * Keeps what was typed into a filled-in text box before the page's JavaScript ran. React puts such
 * a box back to its first text when it hydrates the page (react-dom's initTextarea has no case for
 * hydration; inputs have one and keep what was typed), so a parent on a slow phone who changed a
 * note or a part of the plan would have saved the old words without knowing. The typed text is read
 * from the page while React hydrates it, and put back before the browser paints.
 */
export function useTextTypedBeforeHydration(id: string) {
  // true while rendering on the server and while hydrating; false in renders on the client after
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  const [typed] = useState(() => (hydrating && typeof document !== "undefined" ? typedBeforeHydration(id) : null));
  useLayoutEffect(() => {
    const control = document.getElementById(id);
    if (typed === null || !(control instanceof HTMLTextAreaElement) || control.value === typed) return;
    control.value = typed;
    // the character count listens for input
    control.dispatchEvent(new Event("input", { bubbles: true }));
  }, [id, typed]);
}
