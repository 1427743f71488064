"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useFieldState } from "./ActionForm";

export type SummaryItem = { field: string; text: string; href: string };

/**
 * The field to move to for an error link: the control itself, or the first control in a group
 * (a fieldset of checkboxes or radios). Found by id, so it works for any form.
 */
function focusTarget(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (!element) return null;
  if (element.matches("input, textarea, select, button")) return element;
  return element.querySelector<HTMLElement>("input, textarea, select, button") ?? element;
}

/**
 * "There is a problem": after a refused submit it takes focus, so a person at the bottom of a long
 * form is brought to it, and each link moves focus to its field (GOV.UK's error summary). Without
 * JavaScript it is the first thing on the returned page and the links still jump.
 */
export function ErrorSummaryBox({ items, message }: { items: SummaryItem[]; message?: string }) {
  const state = useFieldState();
  const t = useTranslations("Forms");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") box.current?.focus();
  }, [state]);
  return (
    <div ref={box} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {t("problem")}
      </h2>
      {items.length > 0 ? (
        <ul className="error-summary-list">
          {items.map((item) => (
            <li key={item.field}>
              <a
                href={item.href}
                onClick={(event) => {
                  const target = focusTarget(item.href.slice(1));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  // Show the label and hint above the control, not just the control.
                  (target.closest(".field") ?? target).scrollIntoView({ block: "start" });
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="m-0">{message}</p>
      )}
    </div>
  );
}

/** The summary for an ordinary form: one link per field error, worded as the error itself. */
export function ErrorSummary() {
  const state = useFieldState();
  if (state.status !== "error") return null;
  const items = Object.entries(state.fieldErrors ?? {}).flatMap(([field, errors]) =>
    errors?.length ? [{ field, text: errors[0]!, href: `#${field}` }] : [],
  );
  return <ErrorSummaryBox items={items} message={state.message} />;
}
