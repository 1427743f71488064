/**
 * THE list of the safety plan's parts: the order they are shown, edited and jumped to; the section
 * of the content each one saves; and the guide page that helps a family fill it in. The pages, the
 * forms and the save action all read this one list. No "server-only": the plan's components show it.
 */
export const PLAN_PARTS = [
  { id: "emergency", section: "emergency", title: "In an emergency", add: "Write down where the naloxone is kept and the nearest emergency room.", guide: { href: "/guide/overdose-and-naloxone", title: "Overdose and naloxone" } },
  { id: "people", section: "people", title: "People to call", add: "Add the people you would call first.", guide: { href: "/guide/planning-ahead#who-to-call", title: "Who to call" } },
  { id: "treatment", section: "treatment", title: "Treatment team", add: "Add your loved one's doctor, counselor or program, and who prescribes their medicine.", guide: { href: "/guide/medicines-for-opioid-use-disorder", title: "Medicines for opioid use disorder" } },
  { id: "signs", section: "signs", title: "Warning signs we watch for", add: "Choose the early signs you have seen before.", guide: { href: "/guide/stages-of-relapse", title: "The three stages of relapse" } },
  { id: "triggers", section: "triggers", title: "Known triggers", add: "Choose the things that tend to set off cravings.", guide: { href: "/guide/triggers", title: "Triggers" } },
  { id: "responses", section: "responses", title: "How we will respond, and what we will not do", add: "Choose how your family will respond.", guide: { href: "/guide/responding-to-relapse", title: "Responding to a relapse" } },
  { id: "boundaries", section: "boundaries", title: "Boundaries and house rules", add: "Write down the lines your family will hold.", guide: { href: "/guide/planning-ahead#boundaries", title: "Your boundaries" } },
  { id: "goals", section: "goals", title: "Recovery goals and reasons", add: "Write down your loved one's reasons for getting well.", guide: { href: "/guide/planning-ahead#goals", title: "Recovery goals" } },
  { id: "aftercare", section: "aftercare", title: "Aftercare", add: "List medicine visits, meetings, programs and their times.", guide: { href: "/guide/working-with-treatment-providers#aftercare", title: "Aftercare" } },
  { id: "relapse", section: "relapseSteps", title: "If a relapse happens", add: "Write down your steps, in order, starting with who you will call about medicine.", guide: { href: "/right-now", title: "A relapse just happened" } },
] as const;

export type PlanPart = (typeof PLAN_PARTS)[number]["id"];
export type PlanSection = (typeof PLAN_PARTS)[number]["section"];

/** Each part's section, by part id (the save action writes only that section). */
export const PLAN_PART_SECTIONS = Object.fromEntries(PLAN_PARTS.map((part) => [part.id, part.section])) as {
  [P in (typeof PLAN_PARTS)[number] as P["id"]]: P["section"];
};

export const isPlanPart = (value: unknown): value is PlanPart => typeof value === "string" && Object.hasOwn(PLAN_PART_SECTIONS, value);
