"use client";

import { ActionForm, useFieldState } from "@/components/ui/form/ActionForm";
import { CheckboxField } from "@/components/family/checkins/CheckboxField";
import type { FormAction } from "@/lib/forms/form-state";
import {
  hourLabel,
  KIND_LABELS,
  NOTIFICATION_KINDS,
  QUIET_DAY_CHOICES,
  REMINDER_DAY_LABELS,
  REMINDER_DAYS,
  type NotificationKind,
} from "@/lib/notifications/kinds";


/** A <select> that shows its error beside it and keeps what was sent after a refused submit. */
function Select({ name, label, hint, options, current }: { name: string; label: string; hint?: string; options: { value: string; label: string }[]; current: string }) {
  const state = useFieldState();
  const errors = state.fieldErrors?.[name];
  const sent = state.values?.[name];
  const value = typeof sent === "string" ? sent : current;
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={errors?.length ? "field field-invalid" : "field"}>
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="field-error">
          <span className="sr-only">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      <select id={name} name={name} defaultValue={value} key={value} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour) }));

/** One person's choices for one family space. */
export function PreferencesForm({
  action,
  enabled,
  reminder,
  timeZoneLabel,
}: {
  action: FormAction;
  enabled: Record<NotificationKind, boolean>;
  reminder: { day: string; hour: number };
  timeZoneLabel: string;
}) {
  return (
    <ActionForm action={action} submitLabel="Save my choices">
      <fieldset className="field">
        <legend>Tell me about</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <CheckboxField key={kind} name={kind} value="on" label={KIND_LABELS[kind].label} hint={KIND_LABELS[kind].hint} defaultChecked={enabled[kind]} />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>When to remind me</legend>
        <p className="field-hint">In your time zone: {timeZoneLabel}.</p>
        <Select name="reminderDay" label="Day" options={REMINDER_DAYS.map((d) => ({ value: d, label: REMINDER_DAY_LABELS[d] }))} current={reminder.day} />
        <Select name="reminderHour" label="Time" options={HOURS} current={String(reminder.hour)} />
      </fieldset>
    </ActionForm>
  );
}

/** The owner's choice for the whole family: after how many days without a check-in. */
export function QuietDaysForm({ action, quietDays }: { action: FormAction; quietDays: number | null }) {
  return (
    <ActionForm action={action} submitLabel="Save for the family">
      <Select
        name="quietDays"
        label="Count the family as quiet after"
        hint="Members who chose “When nobody has checked in for a while” hear about it once, until someone checks in again."
        options={[{ value: "", label: "Never" }, ...QUIET_DAY_CHOICES.map((n) => ({ value: String(n), label: `${n} days without a check-in` }))]}
        current={quietDays === null ? "" : String(quietDays)}
      />
    </ActionForm>
  );
}
