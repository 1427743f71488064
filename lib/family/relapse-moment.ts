import "server-only";
import { whoWasTold, type AlertedCheckIn } from "../notifications/alert-audience";
import { requireMember, type Actor } from "./access";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { checklistGroups, getPlan, isPlanEmpty, type NaloxoneStatus, type PlanContent } from "./plan";

/**
 * The family's own "right now" page (after "may have used" is saved, or opened from the family
 * space): their plan for this moment, the parts that matter most tonight first, and who was told.
 * Members only; the plan is the family's (every member may read it), and the only check-in it
 * looks at is the reader's own.
 */
/** `name` is missing when the family wrote neither a name nor a relationship (the page says "Someone to call"). */
export type CallContact = { name?: string; detail?: string; phone?: string; note?: string };

/** The three parts a family most needs tonight; an empty one gets a short way to write it. */
export const TONIGHT_PARTS = ["emergency", "people", "relapse"] as const;
export type TonightPart = (typeof TONIGHT_PARTS)[number];

export type RelapseMoment = {
  familyId: string;
  /** The reader's own "may have used" check-in this page was opened for, and who was told; null otherwise. */
  alerted: AlertedCheckIn | null;
  naloxone: { location?: string; whoKnows?: string; expiry?: string; status: NaloxoneStatus };
  hospital: { name?: string; address?: string };
  people: CallContact[];
  treatment: CallContact[];
  firstSteps: string[];
  responses: { helpful: string[]; avoid: string[]; ownWords?: string; avoidOwnWords?: string };
  boundaries?: string;
  /** Of the three parts for tonight, the ones with nothing written yet, in this order. */
  missing: TonightPart[];
  planEmpty: boolean;
};

function chosenResponses(content: PlanContent, locale: Locale): RelapseMoment["responses"] {
  const chosen = new Set(content.responses.ids);
  const [helpful, avoid] = checklistGroups("responses", locale);
  const labels = (group: typeof helpful) => (group?.options ?? []).filter((o) => chosen.has(o.value)).map((o) => o.label);
  return {
    helpful: labels(helpful),
    avoid: labels(avoid),
    ownWords: content.responses.ownWords,
    avoidOwnWords: content.responses.avoidOwnWords,
  };
}

export async function getRelapseMoment(
  actor: Actor | null | undefined,
  familyId: string,
  options: { checkInId?: unknown; today?: Date | string; locale?: Locale } = {},
): Promise<RelapseMoment> {
  const access = await requireMember(actor, familyId);
  const [plan, alerted] = await Promise.all([
    getPlan(actor, access.familyId, { today: options.today }),
    options.checkInId === undefined ? null : whoWasTold(actor, access.familyId, options.checkInId),
  ]);
  const c = plan.content;
  const people = c.people.map((p) => ({ name: p.name ?? p.relationship, detail: p.name ? p.relationship : undefined, phone: p.phone, note: p.whenToCall }));
  const treatment = c.treatment.map((t) => ({ name: t.name ?? t.role, detail: t.name ? t.role : undefined, phone: t.phone, note: t.notes }));
  const missing: TonightPart[] = [];
  if (!c.emergency.naloxoneLocation) missing.push("emergency");
  if (![...people, ...treatment].some((contact) => contact.phone)) missing.push("people");
  if (c.relapseSteps.length === 0) missing.push("relapse");
  return {
    familyId: access.familyId,
    alerted,
    naloxone: { location: c.emergency.naloxoneLocation, whoKnows: c.emergency.naloxoneWhoKnows, expiry: c.emergency.naloxoneExpiry, status: plan.naloxone },
    hospital: { name: c.emergency.hospitalName, address: c.emergency.hospitalAddress },
    people,
    treatment,
    firstSteps: c.relapseSteps,
    responses: chosenResponses(c, options.locale ?? DEFAULT_LOCALE),
    boundaries: c.boundaries,
    missing,
    planEmpty: isPlanEmpty(c),
  };
}
