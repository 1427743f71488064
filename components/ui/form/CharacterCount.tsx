"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

/** Counted as the server counts: a Windows line break is one character. */
export const countCharacters = (text: string) => text.replace(/\r\n?/g, "\n").length;

/**
 * "You have 120 characters left", or "You have 30 characters too many". Nothing is cut: a long
 * paste stays whole, and the person decides what to remove. The visible count updates as they
 * type; the announcement to screen readers waits for a pause. For short fields it appears only
 * near the limit.
 */
export function CharacterCount({ id, controlId, max, initial, onlyNearLimit = false }: { id: string; controlId: string; max: number; initial: number; onlyNearLimit?: boolean }) {
  const t = useTranslations("Forms");
  const [count, setCount] = useState(initial);
  const [announced, setAnnounced] = useState(initial);
  useEffect(() => {
    // Listen on the document: the form may replace the control (a refused submit refills it).
    const update = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLTextAreaElement | null;
      if (target?.id === controlId) setCount(countCharacters(target.value));
    };
    // A form reset (React resets a form after its action, and after a saved form stays on the
    // page the box is empty again) fires no "input": read the control once the reset is done.
    const reread = (event: Event) => {
      const control = document.getElementById(controlId) as HTMLInputElement | HTMLTextAreaElement | null;
      if (!control || !(event.target as Element | null)?.contains(control)) return;
      setTimeout(() => setCount(countCharacters(control.value)), 0);
    };
    document.addEventListener("input", update);
    document.addEventListener("reset", reread, true);
    return () => {
      document.removeEventListener("input", update);
      document.removeEventListener("reset", reread, true);
    };
  }, [controlId]);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(count), 800);
    return () => clearTimeout(timer);
  }, [count]);
  const message = (n: number) => {
    const left = max - n;
    return left >= 0 ? t("charactersLeft", { count: left }) : t("charactersOver", { count: -left });
  };
  const hidden = onlyNearLimit && count < max * 0.8;
  return (
    <>
      <p id={id} className={count > max ? "character-count character-count-over" : "character-count"} hidden={hidden} aria-hidden="true">
        {message(count)}
      </p>
      <p className="sr-only" aria-live="polite">
        {hidden ? "" : message(announced)}
      </p>
    </>
  );
}
