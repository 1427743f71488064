import { translator, type MessageKey } from "../i18n/text";
import type { Locale } from "../i18n/locales";

/**
 * A coarse device name for the sessions list ("Firefox on Android"), made from the user agent at
 * sign-in. Only this is stored, never the user agent itself (docs/decisions/006-auth.md).
 */
export function deviceLabel(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const ua = userAgent.slice(0, 512);
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Chrome\/|Chromium\/|CriOS\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : "A browser";
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad|iPod/.test(ua)
      ? "iPhone or iPad"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(ua)
          ? "Mac"
          : /CrOS/.test(ua)
            ? "Chromebook"
            : /Linux/.test(ua)
              ? "Linux"
              : "an unknown system";
  return `${browser} on ${system}`;
}

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
