import "server-only";
import { translator, type MessageKey } from "../i18n/text";
import type { Locale } from "../i18n/locales";

// Apart from device.ts: lib/auth/auth.ts loads that one, and the words need next-intl.
const BROWSERS: Record<string, MessageKey> = {
  Edge: "Account.devices.edge",
  Opera: "Account.devices.opera",
  Firefox: "Account.devices.firefox",
  Chrome: "Account.devices.chrome",
  Safari: "Account.devices.safari",
  "A browser": "Account.devices.aBrowser",
};
const SYSTEMS: Record<string, MessageKey> = {
  Android: "Account.devices.android",
  "iPhone or iPad": "Account.devices.iphone",
  Windows: "Account.devices.windows",
  Mac: "Account.devices.mac",
  Chromebook: "Account.devices.chromebook",
  Linux: "Account.devices.linux",
  "an unknown system": "Account.devices.unknownSystem",
};

/**
 * A stored device name ("Firefox on Android", made by deviceLabel at sign-in) in the reader's
 * language: "Firefox en Android". A name it does not know (an older row) is shown as it is.
 */
export function deviceName(label: string | null | undefined, locale: Locale): string {
  const t = translator(locale);
  if (!label) return t("Account.devices.unknownDevice");
  const split = label.indexOf(" on ");
  const browser = BROWSERS[label.slice(0, split)];
  const system = SYSTEMS[label.slice(split + 4)];
  if (split < 0 || !browser || !system) return label;
  return t("Account.devices.name", { browser: t(browser), system: t(system) });
}
