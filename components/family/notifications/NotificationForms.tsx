"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useFieldState } from "@/components/ui/form/ActionForm";
import { CheckboxField } from "@/components/family/checkins/CheckboxField";
import type { FormAction } from "@/lib/forms/form-state";
import { NOTIFICATION_KINDS, QUIET_DAY_CHOICES, REMINDER_DAYS, type NotificationKind } from "@/lib/notifications/kinds";

/** A <select> that shows its error beside it and keeps what was sent after a refused submit. */
function Select({ name, label, hint, options, current }: { name: string; label: string; hint?: string; options: { value: string; label: string }[]; current: string }) {
  const t = useTranslations("Forms");
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
          <span className="sr-only">{t("errorPrefix")} </span>
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
  /** The person's time zone in words, in their language (the page names it). */
  timeZoneLabel: string;
}) {
  const t = useTranslations("Notifications");
  // "7 PM" for 19; "7 p.m." in Spanish.
  const hourLabel = (hour: number) =>
    hour === 0 ? t("hours.midnight") : hour === 12 ? t("hours.noon") : hour < 12 ? t("hours.am", { hour }) : t("hours.pm", { hour: hour - 12 });
  const hours = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour) }));
  return (
    <ActionForm action={action} submitLabel={t("form.save")}>
      <fieldset className="field">
        <legend>{t("form.tellMe")}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <CheckboxField key={kind} name={kind} value="on" label={t(`kinds.${kind}.label`)} hint={t(`kinds.${kind}.hint`)} defaultChecked={enabled[kind]} />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t("form.whenRemind")}</legend>
        <p className="field-hint">{t("form.zoneHint", { zone: timeZoneLabel })}</p>
        <Select name="reminderDay" label={t("form.day")} options={REMINDER_DAYS.map((d) => ({ value: d, label: t(`days.${d}`) }))} current={reminder.day} />
        <Select name="reminderHour" label={t("form.time")} options={hours} current={String(reminder.hour)} />
      </fieldset>
    </ActionForm>
  );
}

/** The owner's choice for the whole family: after how many days without a check-in. */
export function QuietDaysForm({ action, quietDays }: { action: FormAction; quietDays: number | null }) {
  const t = useTranslations("Notifications.form");
  return (
    <ActionForm action={action} submitLabel={t("quietSave")}>
      <Select
        name="quietDays"
        label={t("quietLabel")}
        hint={t("quietHint")}
        options={[{ value: "", label: t("never") }, ...QUIET_DAY_CHOICES.map((n) => ({ value: String(n), label: t("quietChoice", { count: n }) }))]}
        current={quietDays === null ? "" : String(quietDays)}
      />
    </ActionForm>
  );
}
