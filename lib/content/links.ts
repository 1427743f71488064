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
