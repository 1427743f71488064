import { FALLBACK_TIME_ZONE } from "../dates";
import { translator, type MessageKey } from "../i18n/text";
import type { Locale } from "../i18n/locales";

/** The US zones by name, in order; their words are messages (Account.timeZones). */
const US_ZONES: [string, MessageKey][] = [
  ["America/New_York", "Account.timeZones.newYork"],
  ["America/Chicago", "Account.timeZones.chicago"],
  ["America/Denver", "Account.timeZones.denver"],
  ["America/Phoenix", "Account.timeZones.phoenix"],
  ["America/Los_Angeles", "Account.timeZones.losAngeles"],
  ["America/Anchorage", "Account.timeZones.anchorage"],
  ["Pacific/Honolulu", "Account.timeZones.honolulu"],
  ["America/Puerto_Rico", "Account.timeZones.puertoRico"],
];

/** The choices in /account: follow this device, the US zones by name, then every other zone (by their names, which are not words). */
export function timeZoneGroups(deviceZone: string | null, locale: Locale = "en") {
  const t = translator(locale);
  const us = new Set(US_ZONES.map(([zone]) => zone));
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [FALLBACK_TIME_ZONE];
  return [
    {
      label: t("Account.timeZones.automatic"),
      zones: [{ value: "", label: deviceZone ? t("Account.timeZones.followThisDevice", { zone: deviceZone.replaceAll("_", " ") }) : t("Account.timeZones.followDevice") }],
    },
    { label: t("Account.timeZones.unitedStates"), zones: US_ZONES.map(([value, label]) => ({ value, label: t(label) })) },
    { label: t("Account.timeZones.elsewhere"), zones: all.filter((zone) => !us.has(zone)).map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })) },
  ];
}

/** A zone in words: "Central time (Chicago)" for the US zones, else its name ("Europe/London" → "Europe/London"). */
export function timeZoneLabel(zone: string, locale: Locale = "en"): string {
  const known = US_ZONES.find(([value]) => value === zone)?.[1];
  return known ? translator(locale)(known) : zone.replaceAll("_", " ");
}
