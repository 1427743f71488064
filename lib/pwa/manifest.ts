import type { MetadataRoute } from "next";
import { SITE_NAME } from "../site";
import { localePath, type Locale } from "../i18n/locales";
import { translator } from "../i18n/text";

/** Where a language's manifest is served: /manifest.webmanifest, /es/manifest.webmanifest. */
export const manifestPath = (locale: Locale) => localePath(locale, "/manifest.webmanifest");

/**
 * The web app manifest in a language (decision 052): lets a family add Steady to the home screen,
 * opening on the start page and offering "right now" and the crisis page in the language they
 * read. Each language is its own install (its own id). The icons are our own drawings
 * (public/icons/*.svg; PNGs from scripts/make-icons.ts).
 */
export function webManifest(locale: Locale): MetadataRoute.Manifest {
  const t = translator(locale);
  const start = localePath(locale, "/");
  return {
    id: start,
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: t("Manifest.description"),
    lang: locale,
    start_url: start,
    scope: "/",
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#1f3b4d",
    icons: [
      { src: "/icons/steady.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/steady-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/steady-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/steady-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: t("Manifest.rightNowName"), short_name: t("Manifest.rightNowShort"), url: localePath(locale, "/right-now") },
      { name: t("Manifest.crisisName"), short_name: t("Manifest.crisisShort"), url: localePath(locale, "/crisis") },
    ],
  };
}

export function manifestResponse(locale: Locale): Response {
  return new Response(JSON.stringify(webManifest(locale)), { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } });
}
