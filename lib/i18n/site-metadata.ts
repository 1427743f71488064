import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SITE_NAME } from "../site";
import { manifestPath } from "../pwa/manifest";
import type { Locale } from "./locales";

/** What every page's <head> says about the site, in a language: both root layouts use it. */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: t("tagline"),
    manifest: manifestPath(locale),
    referrer: "same-origin",
    formatDetection: { telephone: false },
  };
}
