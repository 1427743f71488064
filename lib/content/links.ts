import type { PageSlug } from "./schema";
import { DEFAULT_LOCALE, localePrefix, type Locale } from "./locale";

export const telHref = (dial: string) => `tel:${dial}`;
export const smsHref = (number: string) => `sms:${number}`;

/**
 * The one place that maps a page slug to its URL. Spanish pages keep the English slugs under /es
 * (decision 038): /es/right-now, /es/guide/<slug>.
 */
export function pagePath(slug: PageSlug, locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}${slug === "right-now" ? "/right-now" : `/guide/${slug}`}`;
}

export const crisisPath = (locale: Locale = DEFAULT_LOCALE) => `${localePrefix(locale)}/crisis`;

export const stagePath = (stageId: string, locale: Locale = DEFAULT_LOCALE) => `${pagePath("stages-of-relapse", locale)}#${stageId}`;
export const triggerGroupPath = (groupId: string, locale: Locale = DEFAULT_LOCALE) => `${pagePath("triggers", locale)}#${groupId}`;
export const responsesPath = (kind: "helpful" | "avoid", locale: Locale = DEFAULT_LOCALE) => `${pagePath("responding-to-relapse", locale)}#${kind}`;

/** The English glossary page (kept as a constant for existing callers); glossaryPagePath gives any language's. */
export const GLOSSARY_PATH = "/guide/glossary";
export const glossaryPagePath = (locale: Locale = DEFAULT_LOCALE) => pagePath("glossary", locale);
/** Glossary anchors carry a prefix so a term can never clash with a heading id on the page. */
export const glossaryAnchor = (termId: string) => `term-${termId}`;
export const glossaryPath = (termId: string, locale: Locale = DEFAULT_LOCALE) => `${glossaryPagePath(locale)}#${glossaryAnchor(termId)}`;
