"use client";

import { useFieldState } from "@/components/ui/form/ActionForm";

/** A single yes/no checkbox with its label beside it, refilled after a refused submit. */
export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked = false,
  value = "yes",
  urgent = false,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
  value?: string;
  /** Shown as a card that stands out: the answer changes what happens next. */
  urgent?: boolean;
}) {
  const state = useFieldState();
  const errors = state.fieldErrors?.[name];
  const invalid = Boolean(errors?.length);
  // After a refused submit, an unticked box is simply absent from the values.
  const checked = state.values ? state.values[name] === value : defaultChecked;
  const id = name;
  const describedBy = [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={urgent ? "field urgent-choice" : "field"}>
      <div className="choice" key={String(checked)}>
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value}
          defaultChecked={checked}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${name}-hint`} className="field-hint pl-8">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${name}-error`} className="field-error pl-8">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
