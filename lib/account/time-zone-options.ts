import { FALLBACK_TIME_ZONE } from "../dates";

const US_ZONES: [string, string][] = [
  ["America/New_York", "Eastern time (New York)"],
  ["America/Chicago", "Central time (Chicago)"],
  ["America/Denver", "Mountain time (Denver)"],
  ["America/Phoenix", "Arizona (Phoenix)"],
  ["America/Los_Angeles", "Pacific time (Los Angeles)"],
  ["America/Anchorage", "Alaska (Anchorage)"],
  ["Pacific/Honolulu", "Hawaii (Honolulu)"],
  ["America/Puerto_Rico", "Puerto Rico"],
];

/** The choices in /account: follow this device, the US zones by name, then every other zone. */
export function timeZoneGroups(deviceZone: string | null) {
  const us = new Set(US_ZONES.map(([zone]) => zone));
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [FALLBACK_TIME_ZONE];
  return [
    { label: "Automatic", zones: [{ value: "", label: deviceZone ? `Follow this device (${deviceZone.replaceAll("_", " ")})` : "Follow this device" }] },
    { label: "United States", zones: US_ZONES.map(([value, label]) => ({ value, label })) },
    { label: "Everywhere else", zones: all.filter((zone) => !us.has(zone)).map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })) },
  ];
}

/** A zone in words: "Central time (Chicago)" for the US zones, else its name ("Europe/London" → "Europe/London"). */
export function timeZoneLabel(zone: string): string {
  return US_ZONES.find(([value]) => value === zone)?.[1] ?? zone.replaceAll("_", " ");
}
