"use client";

import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { useFieldState } from "./ActionForm";
import { useTextTypedBeforeHydration } from "./keep-typed-text";
import { CharacterCount, countCharacters } from "./CharacterCount";

type Common = { name: string; label: string; hint?: string; required?: boolean };

function useField(name: string, fallback?: string | string[]) {
  const state = useFieldState();
  const errors = state.fieldErrors?.[name];
  // After a refused submit, show exactly what was sent: a checkbox group sent with nothing ticked stays empty.
  const value = state.values ? state.values[name] : fallback;
  return { errors, value, invalid: Boolean(errors?.length) };
}

const ids = (name: string) => ({ hint: `${name}-hint`, error: `${name}-error` });

function describedBy(name: string, hint?: string, invalid?: boolean) {
  return [hint ? ids(name).hint : null, invalid ? ids(name).error : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ name, hint, errors }: { name: string; hint?: string; errors?: string[] }) {
  const t = useTranslations("Forms");
  return (
    <>
      {hint ? (
        <p id={ids(name).hint} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={ids(name).error} className="field-error">
          <span className="sr-only">{t("errorPrefix")} </span>
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** The label, hint and error around one text control; the control gets the matching ids. */
function TextControl({
  common,
  defaultValue,
  maxLength,
  countOnlyNearLimit = false,
  render,
}: {
  common: Common;
  defaultValue?: string;
  /** Not the HTML attribute (it silently cuts a paste): a count, and the server refuses more. */
  maxLength?: number;
  countOnlyNearLimit?: boolean;
  render: (props: {
    id: string;
    name: string;
    defaultValue?: string;
    required?: boolean;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }) => React.ReactElement;
}) {
  const { errors, value, invalid } = useField(common.name, defaultValue);
  const t = useTranslations("Forms");
  const text = typeof value === "string" ? value : undefined;
  useTextTypedBeforeHydration(common.name);
  return (
    <div className={invalid ? "field field-invalid" : "field"}>
      <label htmlFor={common.name}>
        {common.label}
        {common.required ? null : <span className="optional"> {t("optional")}</span>}
      </label>
      <Messages name={common.name} hint={common.hint} errors={errors} />
      {/* keyed by the value so a refused submit's values refill the control; the keys of the
          control and of its counter differ, or equal siblings ("" after an empty submit) made
          React render the control twice and the form sent it twice */}
      <Fragment key={`control:${text ?? ""}`}>
        {render({
          id: common.name,
          name: common.name,
          defaultValue: text,
          required: common.required,
          "aria-invalid": invalid || undefined,
          "aria-describedby": describedBy(common.name, common.hint, invalid),
        })}
      </Fragment>
      {maxLength ? (
        <CharacterCount
          // remounted with the refilled value after a refused submit
          key={`count:${text ?? ""}`}
          id={`${common.name}-count`}
          controlId={common.name}
          max={maxLength}
          initial={countCharacters(text ?? "")}
          onlyNearLimit={countOnlyNearLimit}
        />
      ) : null}
    </div>
  );
}

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  maxLength,
  max,
  ...common
}: Common & { type?: string; defaultValue?: string; autoComplete?: string; maxLength?: number; max?: string }) {
  return (
    <TextControl
      common={common}
      defaultValue={defaultValue}
      maxLength={type === "password" ? undefined : maxLength}
      countOnlyNearLimit
      render={(props) => <input {...props} type={type} autoComplete={autoComplete} max={max} />}
    />
  );
}

export function TextArea({ defaultValue, maxLength, rows = 4, ...common }: Common & { defaultValue?: string; maxLength?: number; rows?: number }) {
  return (
    <TextControl common={common} defaultValue={defaultValue} maxLength={maxLength} render={(props) => <textarea {...props} rows={rows} />} />
  );
}

type Option = { value: string; label: string };

/** Radio buttons or checkboxes in a fieldset whose legend is the label. */
export function ChoiceGroup({
  type,
  options,
  defaultValue,
  ...common
}: Common & { type: "radio" | "checkbox"; options: Option[]; defaultValue?: string | string[] }) {
  const { errors, value, invalid } = useField(common.name, defaultValue);
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <fieldset
      id={common.name}
      className={invalid ? "field choice-group field-invalid" : "field choice-group"}
      aria-describedby={describedBy(common.name, common.hint, invalid)}
    >
      <legend>{common.label}</legend>
      <Messages name={common.name} hint={common.hint} errors={errors} />
      {options.map((option) => {
        const id = `${common.name}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, "-");
        return (
          <div className="choice" key={`${option.value}:${chosen.has(option.value)}`}>
            <input type={type} id={id} name={common.name} value={option.value} defaultChecked={chosen.has(option.value)} aria-invalid={invalid || undefined} />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
