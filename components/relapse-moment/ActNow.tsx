import { useLocale } from "next-intl";
import { getRightNowDigest } from "@/lib/content/right-now";
import { localizeLinks } from "@/lib/i18n/content";

/**
 * The block that acts first: "Not waking up, or not breathing?", Call 911, then give naloxone
 * (a link to the steps on the same page, #steps). The same words and markup as the top of
 * /right-now, from content/pages/right-now.md (content/es/pages/right-now.md in Spanish).
 */
export function ActNow() {
  const locale = useLocale();
  // Our own content, rendered from Markdown at build time; no user input reaches it.
  return <div dangerouslySetInnerHTML={{ __html: localizeLinks(getRightNowDigest(locale).actNowHtml, locale) }} />;
}
