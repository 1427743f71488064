/** The parts of the safety plan, in the order they are shown, edited and jumped to. */
export const PLAN_PARTS = [
  { id: "emergency", title: "In an emergency", add: "Write down where the naloxone is kept and the nearest emergency room." },
  { id: "people", title: "People to call", add: "Add the people you would call first." },
  { id: "treatment", title: "Treatment team", add: "Add your loved one's counselor, doctor or program." },
  { id: "signs", title: "Warning signs we watch for", add: "Choose the early signs you have seen before." },
  { id: "triggers", title: "Known triggers", add: "Choose the things that tend to set off cravings." },
  { id: "responses", title: "How we will respond, and what we will not do", add: "Choose how your family will respond." },
  { id: "boundaries", title: "Boundaries and house rules", add: "Write down the lines your family will hold." },
  { id: "goals", title: "Recovery goals and reasons", add: "Write down your loved one's reasons for getting well." },
  { id: "aftercare", title: "Aftercare", add: "List meetings, programs and their times." },
  { id: "relapse", title: "If a relapse happens", add: "Write down your steps, in order." },
] as const;

export type PlanPartId = (typeof PLAN_PARTS)[number]["id"];

/** The anchor of a part on the view and the edit form (field ids such as "boundaries" stay free). */
export const partAnchor = (id: PlanPartId) => `part-${id}`;

export const partTitle = (id: PlanPartId) => PLAN_PARTS.find((part) => part.id === id)!.title;

export const planPath = (familyId: string, rest = "") => `/family/${encodeURIComponent(familyId)}/plan${rest}`;
