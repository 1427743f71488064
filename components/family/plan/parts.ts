/**
 * The parts of the safety plan, in the order they are shown, edited and jumped to. Each points to
 * the guide page that helps a family fill it in.
 */
export const PLAN_PARTS = [
  { id: "emergency", title: "In an emergency", add: "Write down where the naloxone is kept and the nearest emergency room.", guide: { href: "/guide/overdose-and-naloxone", title: "Overdose and naloxone" } },
  { id: "people", title: "People to call", add: "Add the people you would call first.", guide: { href: "/guide/planning-ahead#who-to-call", title: "Who to call" } },
  { id: "treatment", title: "Treatment team", add: "Add your loved one's doctor, counselor or program, and who prescribes their medicine.", guide: { href: "/guide/medicines-for-opioid-use-disorder", title: "Medicines for opioid use disorder" } },
  { id: "signs", title: "Warning signs we watch for", add: "Choose the early signs you have seen before.", guide: { href: "/guide/stages-of-relapse", title: "The three stages of relapse" } },
  { id: "triggers", title: "Known triggers", add: "Choose the things that tend to set off cravings.", guide: { href: "/guide/triggers", title: "Triggers" } },
  { id: "responses", title: "How we will respond, and what we will not do", add: "Choose how your family will respond.", guide: { href: "/guide/responding-to-relapse", title: "Responding to a relapse" } },
  { id: "boundaries", title: "Boundaries and house rules", add: "Write down the lines your family will hold.", guide: { href: "/guide/planning-ahead#boundaries", title: "Your boundaries" } },
  { id: "goals", title: "Recovery goals and reasons", add: "Write down your loved one's reasons for getting well.", guide: { href: "/guide/planning-ahead#goals", title: "Recovery goals" } },
  { id: "aftercare", title: "Aftercare", add: "List medicine visits, meetings, programs and their times.", guide: { href: "/guide/working-with-treatment-providers#aftercare", title: "Aftercare" } },
  { id: "relapse", title: "If a relapse happens", add: "Write down your steps, in order, starting with who you will call about medicine.", guide: { href: "/right-now", title: "A relapse just happened" } },
] as const;

export type PlanPartId = (typeof PLAN_PARTS)[number]["id"];

/** The anchor of a part on the view and the edit form (field ids such as "boundaries" stay free). */
export const partAnchor = (id: PlanPartId) => `part-${id}`;

export const partTitle = (id: PlanPartId) => PLAN_PARTS.find((part) => part.id === id)!.title;

export const planPath = (familyId: string, rest = "") => `/family/${encodeURIComponent(familyId)}/plan${rest}`;

/** The guide page behind a part, as a quiet link under its heading (not printed). */
export const partGuide = (id: PlanPartId) => PLAN_PARTS.find((part) => part.id === id)!.guide;
