// Shared by server code and client forms: no server-only imports here.
export const ACCESS_LEVELS = ["none", "plan", "plan_summary"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * What each access level shows a counselor, in the family's words, in English. The screens show
 * them in the reader's language from Counselor.levels (messages/<locale>/counselor.json), which
 * tests/unit/counselor-levels.test.ts keeps word for word the same as these in English.
 */
export const LEVEL_DESCRIPTIONS: Record<AccessLevel, { title: string; shows: string[]; never: string[] }> = {
  none: {
    title: "Nothing yet",
    shows: ["Only that your family is connected, and your family space's name."],
    never: ["Your safety plan", "Anything from your check-ins"],
  },
  plan: {
    title: "The safety plan",
    shows: ["Your whole safety plan as it is now, read-only, including everything written in it (names, phone numbers, your own words)."],
    never: ["Anything from your check-ins"],
  },
  plan_summary: {
    title: "The safety plan and a check-in summary",
    shows: [
      "Your whole safety plan, read-only, including everything written in it.",
      "A summary of shared check-ins: how many signs of each relapse stage per week, how many check-ins, and their dates.",
    ],
    never: ["Check-in notes and anything you wrote in your own words in a check-in", "Worry or well-being answers", "Private (only me) check-ins"],
  },
};
