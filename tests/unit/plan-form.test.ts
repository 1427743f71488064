import { describe, expect, it, vi } from "vitest";

// The form parsing is pure; only the save and read functions in the same module use the database.
vi.mock("@/lib/db", () => ({ db: {} }));

const { parsePlanForm, planContent, isPlanEmpty, emptyPlan, naloxoneStatus, readPlanContent, checklistGroups, PLAN_LIMITS } =
  await import("@/lib/family/plan");

const { translator, isMessageKey } = await import("@/lib/i18n/text");

/** A refusal in English words, as the action wrapper (lib/forms/action.ts) shows it to an English reader. */
function english(key: string, values?: Record<string, string | number>): string {
  expect(isMessageKey(key), key).toBe(true);
  return translator("en")(key as Parameters<ReturnType<typeof translator>>[0], values);
}

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const blankPerson = (i: number): [string, string][] => [
  [`people.${i}.name`, ""],
  [`people.${i}.relationship`, ""],
  [`people.${i}.phone`, ""],
  [`people.${i}.whenToCall`, ""],
];

describe("edit form → plan", () => {
  it("turns the flat form into the plan's shape", () => {
    const parsed = parsePlanForm(
      form([
        ["familyId", "f1"],
        ["expectedVersion", "3"],
        ["emergency.naloxoneLocation", "  Kitchen drawer, left of the sink  "],
        ["emergency.naloxoneWhoKnows", "Mom, Dad, Sam"],
        ["emergency.naloxoneExpiry", "2027-03-31"],
        ["emergency.hospitalName", "St. Mary's"],
        ["emergency.hospitalAddress", ""],
        ...blankPerson(0),
        ["people.1.name", "Aunt Jo"],
        ["people.1.relationship", "Aunt"],
        ["people.1.phone", "(555) 123-4567"],
        ["people.1.whenToCall", "Any time, day or night"],
        ["people.2.name", "Dr. Lee"],
        ["people.2.phone", ""],
        ["treatment.0.name", "Ms. Park"],
        ["treatment.0.role", "Counselor"],
        ["treatment.0.phone", "+1 555 987 6543"],
        ["treatment.0.notes", ""],
        ["signs.emotional", "emotional.isolating"],
        ["signs.mental", "mental.cravings"],
        ["signs.mental", "mental.just-once"],
        ["signs.ownWords", "He stops answering texts."],
        ["triggers.social", "social.old-friends"],
        ["responses.helpful", "help.stay-calm"],
        ["responses.avoid", "avoid.shaming"],
        ["responses.avoidOwnWords", "No yelling.\r\nNo threats."],
        ["boundaries", "No drugs in the house."],
        ["relapseSteps.0", "Stay calm."],
        ["relapseSteps.1", ""],
        ["relapseSteps.2", "Call Ms. Park."],
        ["relapseSteps.10", "Check the naloxone."],
      ]),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = parsed.data;
    expect(plan.emergency).toEqual({
      naloxoneLocation: "Kitchen drawer, left of the sink",
      naloxoneWhoKnows: "Mom, Dad, Sam",
      naloxoneExpiry: "2027-03-31",
      hospitalName: "St. Mary's",
      hospitalAddress: undefined,
    });
    // The blank row is dropped; a row with only a name is kept.
    expect(plan.people).toEqual([
      { name: "Aunt Jo", relationship: "Aunt", phone: "(555) 123-4567", whenToCall: "Any time, day or night" },
      { name: "Dr. Lee", relationship: undefined, phone: undefined, whenToCall: undefined },
    ]);
    expect(plan.treatment).toEqual([{ name: "Ms. Park", role: "Counselor", phone: "+1 555 987 6543", notes: undefined }]);
    expect(plan.signs).toEqual({ ids: ["emotional.isolating", "mental.cravings", "mental.just-once"], ownWords: "He stops answering texts." });
    expect(plan.triggers.ids).toEqual(["social.old-friends"]);
    expect(plan.responses).toEqual({ ids: ["help.stay-calm", "avoid.shaming"], ownWords: undefined, avoidOwnWords: "No yelling.\nNo threats." });
    expect(plan.boundaries).toBe("No drugs in the house.");
    expect(plan.goals).toBeUndefined();
    // Steps keep their order; empty ones close up.
    expect(plan.relapseSteps).toEqual(["Stay calm.", "Call Ms. Park.", "Check the naloxone."]);
  });

  it("reads a form with nothing filled in as an empty plan", () => {
    const parsed = parsePlanForm(form([...blankPerson(0), ...blankPerson(1), ["relapseSteps.0", " "], ["boundaries", ""]]));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.data).toEqual(emptyPlan());
      expect(isPlanEmpty(parsed.data)).toBe(true);
    }
  });

  it("keys errors by the form's own field names, even after blank rows", () => {
    const parsed = parsePlanForm(
      form([
        ...blankPerson(0),
        ["people.1.name", "Aunt Jo"],
        ["people.1.phone", "call her cell"],
        ["people.2.name", ""],
        ["people.2.phone", "555-0100"],
        ["treatment.0.name", "x".repeat(PLAN_LIMITS.short + 1)],
        ["emergency.naloxoneExpiry", "2027-02-30"],
        ["signs.mental", "mental.cravings"],
        ["signs.mental", "mental.not-a-sign"],
        ["relapseSteps.0", "Stay calm."],
        ["relapseSteps.1", ""],
        ["relapseSteps.2", "y".repeat(PLAN_LIMITS.medium + 1)],
        ["boundaries", "z".repeat(PLAN_LIMITS.long + 1)],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const errors = parsed.state.fieldErrors!;
    expect(Object.keys(errors).sort()).toEqual(
      ["boundaries", "emergency.naloxoneExpiry", "people.1.phone", "people.2.name", "relapseSteps.2", "signs.mental", "treatment.0.name"].sort(),
    );
    const words = (key: string) => english(key, parsed.state.messageValues);
    expect(words(errors["people.1.phone"]![0]!)).toMatch(/numbers/);
    expect(words(errors["people.2.name"]![0]!)).toMatch(/name/);
    expect(words(errors["relapseSteps.2"]![0]!)).toBe(`Use at most ${PLAN_LIMITS.medium} characters.`);
    expect(words(errors["treatment.0.name"]![0]!)).toBe(`Use at most ${PLAN_LIMITS.short} characters.`);
    expect(words(errors.boundaries![0]!)).toBe(`Use at most ${PLAN_LIMITS.long} characters.`);
    expect(words(errors["signs.mental"]![0]!)).toMatch(/from the list/);
    expect(words(parsed.state.message!)).toMatch(/Nothing is saved/);
    // The same refusal in Spanish, with the same limits.
    expect(translator("es")(errors["relapseSteps.2"]![0] as "PlanForm.errors.tooLong.medium", parsed.state.messageValues)).toBe(
      `Use ${PLAN_LIMITS.medium} caracteres como máximo.`,
    );
  });

  it("gives back everything typed, and blanks for fields that were not sent", () => {
    const parsed = parsePlanForm(
      form([
        ["familyId", "f1"],
        ["people.0.name", "Aunt Jo"],
        ["people.0.phone", "nope"],
        ["signs.mental", "mental.cravings"],
        ["goals", "To see my kids graduate."],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const values = parsed.state.values!;
    expect(values["people.0.name"]).toBe("Aunt Jo");
    expect(values["people.0.phone"]).toBe("nope");
    expect(values.goals).toBe("To see my kids graduate.");
    // One ticked box still comes back as a list; unticked groups come back empty, not from the saved plan.
    expect(values["signs.mental"]).toEqual(["mental.cravings"]);
    expect(values["signs.emotional"]).toEqual([]);
    expect(values["people.5.name"]).toBe("");
    expect(values["relapseSteps.0"]).toBe("");
    expect(values.boundaries).toBe("");
  });

  it("refuses more than 12 people, on the people list as a whole", () => {
    const entries: [string, string][] = [];
    for (let i = 0; i <= PLAN_LIMITS.people; i++) entries.push([`people.${i}.name`, `Person ${i + 1}`]);
    const parsed = parsePlanForm(form(entries));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(english(parsed.state.fieldErrors!.people![0]!, parsed.state.messageValues)).toMatch(/up to 12 people/);
    // 12 filled rows and 2 blank ones are fine.
    const ok = parsePlanForm(form([...entries.slice(0, PLAN_LIMITS.people), ...blankPerson(12), ...blankPerson(13)]));
    expect(ok.ok).toBe(true);
  });

  it("refuses more than 12 relapse steps", () => {
    const entries: [string, string][] = Array.from({ length: 13 }, (_, i) => [`relapseSteps.${i}`, `Step ${i + 1}`]);
    const parsed = parsePlanForm(form(entries));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(english(parsed.state.fieldErrors!.relapseSteps![0]!, parsed.state.messageValues)).toMatch(/up to 12 steps/);
  });

  it("checks each checklist against its own part of the catalogue", () => {
    // A warning-sign id sent as a trigger, and a response sent under the wrong heading still counts as a response.
    const parsed = parsePlanForm(form([["triggers.emotional", "emotional.isolating"], ["responses.helpful", "avoid.lecturing"]]));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.state.fieldErrors!)).toEqual(["triggers.emotional"]);
  });

  it("ignores fields the form does not have, and repeated ids", () => {
    const parsed = parsePlanForm(
      form([
        ["people.x.name", "ignored"],
        ["people.0.nickname", "ignored"],
        ["signs.unknown-stage", "emotional.isolating"],
        ["signs.emotional", "emotional.isolating"],
        ["signs.emotional", "emotional.isolating"],
      ]),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.data.people).toEqual([]);
      expect(parsed.data.signs.ids).toEqual(["emotional.isolating"]);
    }
  });
});

describe("phone numbers (checked loosely)", () => {
  const phoneOk = (phone: string) => planContent.safeParse({ people: [{ name: "A", phone }] }).success;
  it.each(["911", "555-123-4567", "(555) 123-4567", "+1 555 123 4567", "+44 20 7946 0958"])("accepts %s", (phone) => {
    expect(phoneOk(phone)).toBe(true);
  });
  it.each(["call her", "12", "---", "555.123.4567", "1".repeat(21), "555-123-4567 ext 2"])("refuses %s", (phone) => {
    expect(phoneOk(phone)).toBe(false);
  });
});

describe("naloxone expiry", () => {
  it.each([
    [undefined, "2026-05-01", { state: "unknown" }],
    ["2026-04-30", "2026-05-01", { state: "expired", expiry: "2026-04-30", days: 1 }],
    ["2026-05-01", "2026-05-01", { state: "soon", expiry: "2026-05-01", days: 0 }],
    ["2026-05-31", "2026-05-01", { state: "soon", expiry: "2026-05-31", days: 30 }],
    ["2026-06-01", "2026-05-01", { state: "ok", expiry: "2026-06-01", days: 31 }],
    ["2024-02-29", "2024-03-01", { state: "expired", expiry: "2024-02-29", days: 1 }],
  ] as const)("%s on %s", (expiry, today, expected) => {
    expect(naloxoneStatus(expiry, today)).toEqual(expected);
  });

  it("takes a Date as the UTC day it falls on", () => {
    expect(naloxoneStatus("2026-05-01", new Date("2026-05-01T23:59:00Z"))).toMatchObject({ state: "soon", days: 0 });
    expect(naloxoneStatus("2026-05-01", new Date("2026-05-02T00:00:00Z"))).toMatchObject({ state: "expired", days: 1 });
  });
});

describe("reading a stored plan", () => {
  it("never fails: bad JSON reads as an empty plan", () => {
    expect(readPlanContent("not json")).toEqual(emptyPlan());
    expect(readPlanContent("[1,2]")).toEqual(emptyPlan());
  });

  it("leaves out retired catalogue ids and rows that no longer pass, and keeps the rest", () => {
    const stored = JSON.stringify({
      signs: { ids: ["emotional.isolating", "emotional.retired-sign"], ownWords: "Quiet at dinner" },
      people: [{ name: "Aunt Jo", phone: "555-0100" }, { phone: "555-0199" }],
      goals: "Be there for my son",
    });
    const plan = readPlanContent(stored);
    expect(plan.signs).toEqual({ ids: ["emotional.isolating"], ownWords: "Quiet at dinner" });
    expect(plan.people).toEqual([{ name: "Aunt Jo", phone: "555-0100" }]);
    expect(plan.goals).toBe("Be there for my son");
  });

  it("moves a choice whose advice was retired onto the advice that replaced it", () => {
    const stored = JSON.stringify({ responses: { ids: ["help.medical-detox", "help.stay-calm", "help.medicine"] } });
    expect(readPlanContent(stored).responses.ids).toEqual(["help.medicine", "help.stay-calm"]);
    const offeredIds = checklistGroups("responses").flatMap((group) => group.options.map((option) => option.value));
    expect(offeredIds).toContain("help.medicine");
    expect(offeredIds).not.toContain("help.medical-detox");
  });
});
