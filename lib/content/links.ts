import type { PageSlug } from "./schema";

export const telHref = (dial: string) => `tel:${dial}`;
export const smsHref = (number: string) => `sms:${number}`;

/** The one place that maps a page slug to its URL. */
export function pagePath(slug: PageSlug): string {
  return slug === "right-now" ? "/right-now" : `/guide/${slug}`;
}

export const stagePath = (stageId: string) => `/guide/stages-of-relapse#${stageId}`;
export const triggerGroupPath = (groupId: string) => `/guide/triggers#${groupId}`;
export const responsesPath = (kind: "helpful" | "avoid") => `/guide/responding-to-relapse#${kind}`;

export const GLOSSARY_PATH = "/guide/glossary";
/** Glossary anchors carry a prefix so a term can never clash with a heading id on the page. */
export const glossaryAnchor = (termId: string) => `term-${termId}`;
export const glossaryPath = (termId: string) => `${GLOSSARY_PATH}#${glossaryAnchor(termId)}`;
