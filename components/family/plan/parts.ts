import { PLAN_PARTS, type PlanPart } from "@/lib/family/plan/parts";

/** The plan's parts (one list, in lib/family/plan/parts.ts) and where each is shown. */
export { PLAN_PARTS };

export type PlanPartId = PlanPart;

/** The anchor of a part on the view and the edit form (field ids such as "boundaries" stay free). */
export const partAnchor = (id: PlanPartId) => `part-${id}`;

export const partTitle = (id: PlanPartId) => PLAN_PARTS.find((part) => part.id === id)!.title;

export const planPath = (familyId: string, rest = "") => `/family/${encodeURIComponent(familyId)}/plan${rest}`;

/** The guide page behind a part, as a quiet link under its heading (not printed). */
export const partGuide = (id: PlanPartId) => PLAN_PARTS.find((part) => part.id === id)!.guide;
