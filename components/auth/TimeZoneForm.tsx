"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useFieldState } from "@/components/ui/form/ActionForm";
import { useBrowserValue } from "@/components/ui/form/client-only";
import type { FormAction } from "@/lib/forms/form-state";

type Group = { label: string; zones: { value: string; label: string }[] };

function ZoneSelect({ groups, current }: { groups: Group[]; current: string }) {
  const t = useTranslations("Account");
  const state = useFieldState();
  const errors = state.fieldErrors?.timeZone;
  const sent = state.values?.timeZone;
  const value = typeof sent === "string" ? sent : current;
  return (
    <div className={errors?.length ? "field field-invalid" : "field"}>
      <label htmlFor="timeZone">{t("timeZoneLabel")}</label>
      <p id="timeZone-hint" className="field-hint">
        {t("timeZoneHint")}
      </p>
      {errors?.length ? (
        <p id="timeZone-error" className="field-error">
          <span className="sr-only">{t("errorPrefix")}</span>
          {errors.join(" ")}
        </p>
      ) : null}
      <select id="timeZone" name="timeZone" defaultValue={value} key={value} aria-describedby={errors?.length ? "timeZone-hint timeZone-error" : "timeZone-hint"}>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.zones.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <DeviceZone />
    </div>
  );
}

/** This device's zone, sent with the choice so "Follow this device" is known to the server at once. */
function DeviceZone() {
  const zone = useBrowserValue(readDeviceZone, "");
  return <input type="hidden" name="deviceTimeZone" value={zone} />;
}

function readDeviceZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return ""; // No Intl time zones: the server falls back to the cookie, then to US Central.
  }
}

/** Choose the time zone times are shown in; "" follows this device. */
export function TimeZoneForm({ action, groups, current }: { action: FormAction; groups: Group[]; current: string }) {
  const t = useTranslations("Account");
  return (
    <ActionForm action={action} submitLabel={t("timeZoneSave")} successMessage={t("timeZoneSaved")}>
      <ZoneSelect groups={groups} current={current} />
    </ActionForm>
  );
}
