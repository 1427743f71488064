import { PLAN_PARTS, type PlanPart } from "@/lib/family/plan/parts";
import { localePath, type Locale } from "@/lib/i18n/locales";

/** The plan's parts (one list, in lib/family/plan/parts.ts) and where each is shown. */
export { PLAN_PARTS };

export type PlanPartId = PlanPart;

/** The anchor of a part on the view and the edit form (field ids such as "boundaries" stay free). */
export const partAnchor = (id: PlanPartId) => `part-${id}`;

/** A part's words (its title, what to add, its guide page's title): messages Plan.parts.<id>. */
export const partKey = <K extends "title" | "add" | "guide">(id: PlanPartId, key: K) => `parts.${id}.${key}` as const;

export const planPath = (familyId: string, rest = "") => `/family/${encodeURIComponent(familyId)}/plan${rest}`;

/** The guide page behind a part, in the reader's language, as a quiet link under its heading (not printed). */
export const partGuideHref = (id: PlanPartId, locale: Locale) => localePath(locale, PLAN_PARTS.find((part) => part.id === id)!.guide.href);
