"use client";

import { useFieldState } from "@/components/ui/form/ActionForm";

type Group = { id: string; heading: string; intro?: string; options: { value: string; label: string }[] };

/**
 * One checkbox field (one name) shown as several groups, each with its own heading: signs by
 * stage, triggers by kind. The outer legend names the whole question. Ticked boxes come back
 * after a refused submit, like the other form fields. With `collapsible`, the groups sit in a
 * <details> that starts open when something is ticked or wrong.
 */
export function GroupedChecklist({
  name,
  label,
  hint,
  groups,
  defaultValue = [],
  collapsible = false,
  summary,
}: {
  name: string;
  label: string;
  hint?: string;
  groups: Group[];
  defaultValue?: string[];
  collapsible?: boolean;
  summary?: string;
}) {
  const state = useFieldState();
  const errors = state.fieldErrors?.[name];
  const invalid = Boolean(errors?.length);
  // After a submit, an empty checklist is simply absent from the values: it means "none ticked".
  const value = state.values ? (state.values[name] ?? []) : defaultValue;
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;

  const body = groups.map((group) => (
    <fieldset key={group.id} className="mt-3 rounded-lg border border-line bg-white px-3 pb-2 pt-1">
      <legend className="px-1">
        <h3 className="my-0 text-base font-bold text-brand">{group.heading}</h3>
      </legend>
      {group.intro ? <p className="field-hint mb-1">{group.intro}</p> : null}
      {group.options.map((option) => {
        const id = `${name}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, "-");
        return (
          <div className="choice" key={`${option.value}:${chosen.has(option.value)}`}>
            <input type="checkbox" id={id} name={name} value={option.value} defaultChecked={chosen.has(option.value)} aria-invalid={invalid || undefined} />
            <label htmlFor={id} className="font-normal!">
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  ));

  return (
    <fieldset id={name} className={invalid ? "field field-invalid" : "field"} aria-describedby={describedBy}>
      <legend>
        <h2 className="my-0 text-lg">{label}</h2>
      </legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className="field-error">
          {errors!.join(" ")}
        </p>
      ) : null}
      {collapsible ? (
        <details open={chosen.size > 0 || invalid} className="mt-1">
          <summary className="cursor-pointer py-2 font-semibold text-accent">{summary ?? "Show the list"}</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </fieldset>
  );
}
