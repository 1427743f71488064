import { describe, expect, it, vi } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import {
  PLAN_VERSIONS_KEPT,
  STALE_PLAN_MESSAGE,
  getPlan,
  getPlanVersion,
  isPlanEmpty,
  listPlanVersions,
  savePlan,
  type PlanInput,
} from "@/lib/family/plan";
import { createFamilyWith, outsiders } from "../support/fixtures";
import { restorePlanVersionAction, savePlanPartAction } from "@/app/(app)/family/[familyId]/plan/actions";
import { initialFormState, type FormAction, type FormState } from "@/lib/forms/form-state";
import { translator } from "@/lib/i18n/text";

// The server actions read the session; here the signed-in person is set by the test. Redirects are
// Next.js's own, read back by run() below.
const session = vi.hoisted(() => ({
  user: null as { id: string; name: string; email: string; locale: "en" | "es" } | null,
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const samplePlan: PlanInput = {
  emergency: { naloxoneLocation: "Kitchen drawer, left of the sink", naloxoneWhoKnows: "Mom, Dad and Sam", naloxoneExpiry: "2027-03-31" },
  people: [
    { name: "Aunt Jo", relationship: "Aunt", phone: "(555) 123-4567", whenToCall: "Any time" },
    { name: "", relationship: "", phone: "", whenToCall: "" },
  ],
  treatment: [{ name: "Ms. Park", role: "Counselor", phone: "555-987-6543" }],
  signs: { ids: ["emotional.isolating", "mental.cravings"], ownWords: "He stops answering texts." },
  triggers: { ids: ["social.old-friends"] },
  responses: { ids: ["help.stay-calm", "avoid.shaming"], avoidOwnWords: "No yelling." },
  boundaries: "No drugs in the house.",
  relapseSteps: ["Stay calm.", "", "Call Ms. Park."],
};

const versionCount = (familyId: string) => db.safetyPlanVersion.count({ where: { familyId } });

describe("safety plan: saving and reading", () => {
  it("a family with no plan yet gets an empty plan at version 0", async () => {
    const { familyId, owner } = await createFamilyWith();
    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(0);
    expect(plan.updatedAt).toBeNull();
    expect(plan.updatedBy).toBeNull();
    expect(isPlanEmpty(plan.content)).toBe(true);
    expect(plan.naloxone).toEqual({ state: "unknown" });
    expect(await listPlanVersions(owner, familyId)).toEqual([]);
  });

  it("saves and reads back the plan, cleaned up (blank rows and steps dropped)", async () => {
    const { familyId, owner } = await createFamilyWith();
    const saved = await savePlan(owner, familyId, samplePlan, 0);
    expect(saved.version).toBe(1);

    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(1);
    expect(plan.updatedBy).toBe("Owner");
    expect(plan.updatedAt).toEqual(saved.updatedAt);
    expect(plan.content.emergency.naloxoneLocation).toBe("Kitchen drawer, left of the sink");
    expect(plan.content.people).toEqual([{ name: "Aunt Jo", relationship: "Aunt", phone: "(555) 123-4567", whenToCall: "Any time" }]);
    expect(plan.content.treatment).toEqual([{ name: "Ms. Park", role: "Counselor", phone: "555-987-6543" }]);
    expect(plan.content.signs).toEqual({ ids: ["emotional.isolating", "mental.cravings"], ownWords: "He stops answering texts." });
    expect(plan.content.triggers.ids).toEqual(["social.old-friends"]);
    expect(plan.content.responses.ids).toEqual(["help.stay-calm", "avoid.shaming"]);
    expect(plan.content.boundaries).toBe("No drugs in the house.");
    expect(plan.content.relapseSteps).toEqual(["Stay calm.", "Call Ms. Park."]);
    expect(isPlanEmpty(plan.content)).toBe(false);
  });

  it("any member can edit; versions go up by one and record the editor and the time", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const member = members[0]!;
    const first = await savePlan(owner, familyId, samplePlan, 0);
    const second = await savePlan(member, familyId, { ...samplePlan, goals: "To be there for my daughter." }, 1);
    expect(second.version).toBe(2);
    expect(second.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());

    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(2);
    expect(plan.updatedBy).toBe("Member 1");
    expect(plan.content.goals).toBe("To be there for my daughter.");

    const versions = await listPlanVersions(member, familyId);
    expect(versions).toEqual([
      { version: 2, editedBy: "Member 1", createdAt: second.updatedAt },
      { version: 1, editedBy: "Owner", createdAt: first.updatedAt },
    ]);

    const rows = await db.safetyPlanVersion.findMany({ where: { familyId }, orderBy: { version: "asc" }, select: { editedById: true } });
    expect(rows.map((r) => r.editedById)).toEqual([owner.userId, member.userId]);
    const current = await db.safetyPlan.findUniqueOrThrow({ where: { familyId }, select: { updatedById: true } });
    expect(current.updatedById).toBe(member.userId);

    const old = await getPlanVersion(member, familyId, 1);
    expect(old.version).toBe(1);
    expect(old.editedBy).toBe("Owner");
    expect(old.content.goals).toBeUndefined();
    expect(old.content.people[0]!.name).toBe("Aunt Jo");
    expect((await getPlanVersion(owner, familyId, 2)).content.goals).toBe("To be there for my daughter.");
  });

  it("keeps the editor's name as it was when they saved", async () => {
    const { familyId, owner } = await createFamilyWith();
    await savePlan(owner, familyId, samplePlan, 0);
    await db.user.update({ where: { id: owner.userId }, data: { name: "New Name" } });
    expect((await listPlanVersions(owner, familyId))[0]!.editedBy).toBe("Owner");
  });

  it("keeps only the last 20 versions (23 saves), and only touches this family's versions", async () => {
    const { familyId, owner } = await createFamilyWith();
    const other = await createFamilyWith(0, "Other family");
    await savePlan(other.owner, other.familyId, samplePlan, 0);
    await savePlan(other.owner, other.familyId, samplePlan, 1);

    for (let i = 0; i < 23; i++) {
      await savePlan(owner, familyId, { ...samplePlan, goals: `Save number ${i + 1}` }, i);
    }
    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(23);
    expect(plan.content.goals).toBe("Save number 23");

    const versions = await listPlanVersions(owner, familyId);
    expect(versions).toHaveLength(PLAN_VERSIONS_KEPT);
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 20 }, (_, i) => 23 - i));
    expect(await versionCount(familyId)).toBe(20);
    expect((await getPlanVersion(owner, familyId, 4)).content.goals).toBe("Save number 4");
    for (const gone of [1, 2, 3]) await expect(getPlanVersion(owner, familyId, gone)).rejects.toThrow(NotFoundError);

    expect(await versionCount(other.familyId)).toBe(2);
  });

  it("refuses a save from a stale version and writes nothing", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await savePlan(owner, familyId, samplePlan, 0);
    const before = await db.safetyPlan.findUniqueOrThrow({ where: { familyId } });

    // Both started from version 0 (an empty plan); the owner saved first.
    const stale = savePlan(members[0]!, familyId, { goals: "Would overwrite everything" }, 0);
    await expect(stale).rejects.toThrow(RuleError);
    await expect(savePlan(members[0]!, familyId, { goals: "x" }, 0)).rejects.toThrow(STALE_PLAN_MESSAGE);
    await expect(savePlan(members[0]!, familyId, { goals: "x" }, 5)).rejects.toThrow(RuleError);
    await expect(savePlan(members[0]!, familyId, { goals: "x" }, -1)).rejects.toThrow(RuleError);
    await expect(savePlan(members[0]!, familyId, { goals: "x" }, Number.NaN)).rejects.toThrow(RuleError);

    expect(await db.safetyPlan.findUniqueOrThrow({ where: { familyId } })).toEqual(before);
    expect(await versionCount(familyId)).toBe(1);
    expect(translator("en")(STALE_PLAN_MESSAGE)).toMatch(/^Someone else saved the plan while you were editing/);
    expect(translator("es")(STALE_PLAN_MESSAGE)).toMatch(/^Otra persona guardó el plan mientras usted lo cambiaba/);
  });

  it("when two people save from the same version at once, one wins and the other is told", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await savePlan(owner, familyId, samplePlan, 0);
    const results = await Promise.allSettled([
      savePlan(owner, familyId, { goals: "Owner's words" }, 1),
      savePlan(members[0]!, familyId, { goals: "Member's words" }, 1),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(RuleError);

    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(2);
    expect(await versionCount(familyId)).toBe(2);
    expect((await getPlanVersion(owner, familyId, 2)).content.goals).toBe(plan.content.goals);
  });

  it("the first save of two at once also lets only one through", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const results = await Promise.allSettled([
      savePlan(owner, familyId, { goals: "A" }, 0),
      savePlan(members[0]!, familyId, { goals: "B" }, 0),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(RuleError);
    expect(await versionCount(familyId)).toBe(1);
  });

  it.each([
    ["an unknown warning sign", { signs: { ids: ["emotional.isolating", "emotional.made-up"] } }],
    ["a trigger id given as a warning sign", { signs: { ids: ["social.old-friends"] } }],
    ["a bad phone number", { people: [{ name: "Aunt Jo", phone: "call her cell" }] }],
    ["a phone number without a name", { people: [{ phone: "555-0100" }] }],
    ["too much text", { boundaries: "a".repeat(2001) }],
    ["a long relapse step", { relapseSteps: ["b".repeat(201)] }],
    ["13 people", { people: Array.from({ length: 13 }, (_, i) => ({ name: `Person ${i}` })) }],
    ["a date that does not exist", { emergency: { naloxoneExpiry: "2027-02-30" } }],
  ] as [string, PlanInput][])("refuses %s and writes nothing", async (_name, content) => {
    const { familyId, owner } = await createFamilyWith();
    await savePlan(owner, familyId, samplePlan, 0);
    const before = await db.safetyPlan.findUniqueOrThrow({ where: { familyId } });

    await expect(savePlan(owner, familyId, content, 1)).rejects.toThrow(ZodError);

    expect(await db.safetyPlan.findUniqueOrThrow({ where: { familyId } })).toEqual(before);
    expect(await versionCount(familyId)).toBe(1);
  });

  it("refuses invalid content for a first plan too, creating nothing", async () => {
    const { familyId, owner } = await createFamilyWith();
    await expect(savePlan(owner, familyId, { people: [{ name: "A", phone: "nope" }] }, 0)).rejects.toThrow(ZodError);
    expect(await db.safetyPlan.count({ where: { familyId } })).toBe(0);
    expect(await versionCount(familyId)).toBe(0);
  });
});

describe("safety plan: naloxone expiry warnings", () => {
  it("are worked out from the saved date and the day given as today", async () => {
    const { familyId, owner } = await createFamilyWith();
    await savePlan(owner, familyId, { emergency: { naloxoneExpiry: "2026-06-15" } }, 0);

    expect((await getPlan(owner, familyId, { today: "2026-01-01" })).naloxone).toEqual({ state: "ok", expiry: "2026-06-15", days: 165 });
    expect((await getPlan(owner, familyId, { today: "2026-05-16" })).naloxone).toEqual({ state: "soon", expiry: "2026-06-15", days: 30 });
    expect((await getPlan(owner, familyId, { today: "2026-06-15" })).naloxone).toEqual({ state: "soon", expiry: "2026-06-15", days: 0 });
    expect((await getPlan(owner, familyId, { today: new Date("2026-06-20T12:00:00Z") })).naloxone).toEqual({
      state: "expired",
      expiry: "2026-06-15",
      days: 5,
    });
    expect((await getPlanVersion(owner, familyId, 1, { today: "2026-07-15" })).naloxone).toMatchObject({ state: "expired", days: 30 });
  });

  it("say nothing when no date is written down", async () => {
    const { familyId, owner } = await createFamilyWith();
    await savePlan(owner, familyId, { emergency: { naloxoneLocation: "Hall closet" } }, 0);
    expect((await getPlan(owner, familyId, { today: "2030-01-01" })).naloxone).toEqual({ state: "unknown" });
  });
});

describe("safety plan: who gets nothing", () => {
  async function setup() {
    const family = await createFamilyWith(2);
    await savePlan(family.owner, family.familyId, samplePlan, 0);
    const removed = family.members[1]!;
    await db.membership.delete({ where: { familyId_userId: { familyId: family.familyId, userId: removed.userId } } });
    const { otherFamilyOwner, signedOut, emptyId } = await outsiders();
    return { ...family, refused: [["a member of another family", otherFamilyOwner], ["a signed-out visitor", signedOut], ["an empty user id", emptyId], ["a removed member", removed]] as const };
  }

  it("every function refuses outsiders with NotFoundError, and nothing is written", async () => {
    const { familyId, refused } = await setup();
    for (const [who, actor] of refused) {
      await expect(getPlan(actor, familyId), who).rejects.toThrow(NotFoundError);
      await expect(savePlan(actor, familyId, { goals: "Not yours" }, 1), who).rejects.toThrow(NotFoundError);
      await expect(listPlanVersions(actor, familyId), who).rejects.toThrow(NotFoundError);
      await expect(getPlanVersion(actor, familyId, 1), who).rejects.toThrow(NotFoundError);
    }
    expect(await versionCount(familyId)).toBe(1);
    expect((await db.safetyPlan.findUniqueOrThrow({ where: { familyId } })).version).toBe(1);
  });

  it("an actor with no user id at all is refused", async () => {
    const { familyId } = await setup();
    const noId = {} as { userId: string };
    await expect(getPlan(noId, familyId)).rejects.toThrow(NotFoundError);
    await expect(savePlan(noId, familyId, {}, 1)).rejects.toThrow(NotFoundError);
    await expect(listPlanVersions(noId, familyId)).rejects.toThrow(NotFoundError);
    await expect(getPlanVersion(noId, familyId, 1)).rejects.toThrow(NotFoundError);
  });

  it("a member of another family cannot reach this family's versions through their own family", async () => {
    const { familyId, owner } = await setup();
    const other = await createFamilyWith(0, "Their own family");
    // Their family has no version 1, so this family's version 1 must not come back.
    await expect(getPlanVersion(other.owner, other.familyId, 1)).rejects.toThrow(NotFoundError);
    expect(await listPlanVersions(other.owner, other.familyId)).toEqual([]);
    expect((await getPlan(other.owner, other.familyId)).version).toBe(0);
    // And this family's own plan is still there for its members.
    expect((await getPlan(owner, familyId)).version).toBe(1);
  });

  it("an unknown family, or a version that is not a whole number, is not found", async () => {
    const { familyId, owner } = await setup();
    await expect(getPlan(owner, "no-such-family")).rejects.toThrow(NotFoundError);
    await expect(getPlan(owner, "")).rejects.toThrow(NotFoundError);
    for (const version of [0, -1, 1.5, Number.NaN, 99]) {
      await expect(getPlanVersion(owner, familyId, version), String(version)).rejects.toThrow(NotFoundError);
    }
  });
});

describe("safety plan: the server actions", () => {
  const signIn = (actor: { userId: string } | null, locale: "en" | "es" = "en") => {
    session.user = actor ? { id: actor.userId, name: "Someone", email: "someone@example.test", locale } : null;
  };
  const formOf = (entries: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) for (const v of [value].flat()) data.append(key, v);
    return data;
  };
  /** The actions as the pages bind them (the ids typed loosely, so tests can send what a page never would). */
  const savePart = (familyId: string, part: string, back: { checkIn: string | null } | null = null) =>
    (savePlanPartAction as (...args: unknown[]) => Promise<FormState>).bind(null, familyId, part, back) as FormAction;
  const restore = (familyId: string, version: number) => restorePlanVersionAction.bind(null, familyId, version);
  /** Runs an action; a redirect comes back as { redirect: url }. */
  async function run(action: (state: FormState, data: FormData) => Promise<FormState>, data: FormData) {
    try {
      return { state: await action(initialFormState, data) };
    } catch (error) {
      // The real redirect() (the action wrapper, lib/forms/action.ts, lets it through as Next.js needs).
      if (isRedirectError(error)) return { redirect: getURLFromRedirectError(error) };
      throw error;
    }
  }

  it("saves one part at a time and goes back to that part of the plan", async () => {
    const { familyId, owner } = await createFamilyWith();
    signIn(owner);
    const people = await run(
      savePart(familyId, "people"),
      formOf({ expectedVersion: "0", "people.0.name": "Aunt Jo", "people.0.phone": "555-0100", "people.1.name": "" }),
    );
    expect(people).toEqual({ redirect: `/family/${familyId}/plan?saved=people#part-people` });
    const signs = await run(savePart(familyId, "signs"), formOf({ expectedVersion: "1", "signs.mental": ["mental.cravings", "mental.just-once"] }));
    expect(signs).toEqual({ redirect: `/family/${familyId}/plan?saved=signs#part-signs` });
    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(2);
    expect(plan.content.people).toEqual([{ name: "Aunt Jo", phone: "555-0100" }]);
    expect(plan.content.signs.ids).toEqual(["mental.cravings", "mental.just-once"]);
  });

  it("a part's form only changes that part, even if other fields are sent", async () => {
    const { familyId, owner } = await createFamilyWith();
    await savePlan(owner, familyId, samplePlan, 0);
    const before = (await getPlan(owner, familyId)).content;
    signIn(owner);
    await run(savePart(familyId, "goals"), formOf({ expectedVersion: "1", goals: "New goals", boundaries: "Sneaked in" }));
    const plan = await getPlan(owner, familyId);
    expect(plan.content).toEqual({ ...before, goals: "New goals" });
  });

  it("'Save and add another' saves and comes back for the next row", async () => {
    const { familyId, owner } = await createFamilyWith();
    signIn(owner);
    const result = await run(savePart(familyId, "relapse"), formOf({ expectedVersion: "0", intent: "add-row", "relapseSteps.0": "Stay calm." }));
    expect(result).toEqual({ redirect: `/family/${familyId}/plan/edit/relapse?added=1#new-row` });
    expect((await getPlan(owner, familyId)).content.relapseSteps).toEqual(["Stay calm."]);
  });

  it("a part written from the family's 'right now' page goes back there (the page binds where to, checked as ids)", async () => {
    const { familyId, owner } = await createFamilyWith();
    signIn(owner);
    const back = { checkIn: "ck123" };
    const saved = await run(savePart(familyId, "emergency", back), formOf({ expectedVersion: "0", "emergency.naloxoneLocation": "Hall closet" }));
    expect(saved).toEqual({ redirect: `/family/${familyId}/check-ins/right-now?checkIn=ck123&saved=emergency#your-plan` });
    const more = await run(savePart(familyId, "relapse", back), formOf({ expectedVersion: "1", intent: "add-row", "relapseSteps.0": "Stay calm." }));
    expect(more).toEqual({ redirect: `/family/${familyId}/plan/edit/relapse?added=1&from=right-now&checkIn=ck123#new-row` });
    const noCheckIn = await run(savePart(familyId, "people", { checkIn: null }), formOf({ expectedVersion: "2", "people.0.name": "Aunt Jo" }));
    expect(noCheckIn).toEqual({ redirect: `/family/${familyId}/check-ins/right-now?saved=people#your-plan` });
    // A tampered bound argument is refused, and nothing is saved.
    const junk = await run(savePart(familyId, "goals", { checkIn: " x" }), formOf({ expectedVersion: "3", goals: "Work" }));
    expect(junk.state?.status).toBe("error");
    expect(await versionCount(familyId)).toBe(3);
    // "from" in the form is not read: back to the plan, as always.
    const elsewhere = await run(savePart(familyId, "goals"), formOf({ expectedVersion: "3", goals: "Work", from: "right-now", checkIn: "ck123" }));
    expect(elsewhere).toEqual({ redirect: `/family/${familyId}/plan?saved=goals#part-goals` });
  });

  it("refuses an unknown part without a crash", async () => {
    const { familyId, owner } = await createFamilyWith();
    signIn(owner);
    for (const part of ["", "constructor", "__proto__", "plan", "relapseSteps"]) {
      const result = await run(savePart(familyId, part), formOf({ expectedVersion: "0", goals: "x" }));
      expect(result.state?.status, part).toBe("error");
    }
    expect(await versionCount(familyId)).toBe(0);
  });

  it("gives back errors by field name and everything typed, and saves nothing", async () => {
    const { familyId, owner } = await createFamilyWith();
    signIn(owner);
    const result = await run(savePart(familyId, "people"), formOf({ expectedVersion: "0", "people.0.name": "", "people.1.name": "Jo", "people.1.phone": "call her" }));
    expect(result.state?.status).toBe("error");
    expect(Object.keys(result.state!.fieldErrors!)).toEqual(["people.1.phone"]);
    expect(result.state!.values).toMatchObject({ "people.1.name": "Jo", "people.1.phone": "call her" });
    expect(await versionCount(familyId)).toBe(0);
  });

  it("answers each reader in their own language: the field's error and the summary, with the limits in the words", async () => {
    const { familyId, owner } = await createFamilyWith();
    const form = () => formOf({ expectedVersion: "0", "people.0.name": "Jo", "people.0.phone": "call her", "people.0.whenToCall": "x".repeat(161) });
    signIn(owner);
    const english = (await run(savePart(familyId, "people"), form())).state!;
    expect(english.fieldErrors).toEqual({
      "people.0.phone": ["Use only numbers, spaces and + - ( ), for example 555-123-4567."],
      "people.0.whenToCall": ["Use at most 160 characters."],
    });
    expect(english.message).toBe("Please check this part. Nothing is saved yet.");
    signIn(owner, "es");
    const spanish = (await run(savePart(familyId, "people"), form())).state!;
    expect(spanish.fieldErrors).toEqual({
      "people.0.phone": ["Use solo números, espacios y + - ( ). Por ejemplo: 555-123-4567."],
      "people.0.whenToCall": ["Use 160 caracteres como máximo."],
    });
    expect(spanish.message).toBe("Revise esta parte, por favor. Todavía no se guardó nada.");
    expect(spanish).not.toHaveProperty("messageValues");
    expect(await versionCount(familyId)).toBe(0);
  });

  it("two people editing different parts both save; the same part tells the second someone saved first", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await savePlan(owner, familyId, samplePlan, 0);
    // Both open their forms at version 1; the owner saves first.
    signIn(owner);
    expect(await run(savePart(familyId, "goals"), formOf({ expectedVersion: "1", goals: "Owner's goals" }))).toEqual({
      redirect: `/family/${familyId}/plan?saved=goals#part-goals`,
    });

    signIn(members[0]!);
    // A different part, from the same starting version: no conflict, nothing of the owner's lost.
    expect(await run(savePart(familyId, "boundaries"), formOf({ expectedVersion: "1", boundaries: "No cash." }))).toEqual({
      redirect: `/family/${familyId}/plan?saved=boundaries#part-boundaries`,
    });
    expect((await getPlan(owner, familyId)).content).toMatchObject({ goals: "Owner's goals", boundaries: "No cash." });

    // The same part: refused, typing kept, told the newer version.
    const refused = await run(savePart(familyId, "goals"), formOf({ expectedVersion: "1", goals: "Member's goals" }));
    expect(refused.state?.status).toBe("error");
    expect(refused.state!.message).toMatch(/^Someone else changed this part of the plan while you were editing it/);
    expect(refused.state!.values).toMatchObject({ goals: "Member's goals", expectedVersion: "3" });
    expect((await getPlan(owner, familyId)).content.goals).toBe("Owner's goals");
    expect(await versionCount(familyId)).toBe(3);

    // Saving again from the version they were shown is their choice to make.
    const again = await run(savePart(familyId, "goals"), formOf({ expectedVersion: refused.state!.values!.expectedVersion as string, goals: "Member's goals" }));
    expect(again).toEqual({ redirect: `/family/${familyId}/plan?saved=goals#part-goals` });
    expect((await getPlan(owner, familyId)).content.goals).toBe("Member's goals");
  });

  it("refuses outsiders, removed members and signed-out visitors with a message, never a crash, and writes nothing", async () => {
    const family = await createFamilyWith(1);
    await savePlan(family.owner, family.familyId, samplePlan, 0);
    const removed = family.members[0]!;
    await db.membership.delete({ where: { familyId_userId: { familyId: family.familyId, userId: removed.userId } } });
    const { otherFamilyOwner } = await outsiders();

    for (const actor of [otherFamilyOwner, removed, null]) {
      signIn(actor);
      const saved = await run(savePart(family.familyId, "goals"), formOf({ expectedVersion: "1", goals: "Not yours" }));
      expect(saved.state?.status).toBe("error");
      expect(saved.state!.values).toMatchObject({ goals: "Not yours" });
      const restored = await run(restore(family.familyId, 1), formOf({ expectedVersion: "1" }));
      expect(restored.state?.status).toBe("error");
    }
    expect(await versionCount(family.familyId)).toBe(1);
    expect((await getPlan(family.owner, family.familyId)).content.goals).toBeUndefined();
  });

  it("brings back an older version as a new one", async () => {
    const { familyId, owner } = await createFamilyWith();
    await savePlan(owner, familyId, { ...samplePlan, goals: "First" }, 0);
    await savePlan(owner, familyId, { goals: "Second" }, 1);
    signIn(owner);

    const result = await run(restore(familyId, 1), formOf({ expectedVersion: "2" }));
    expect(result).toEqual({ redirect: `/family/${familyId}/plan?restored=1` });
    const plan = await getPlan(owner, familyId);
    expect(plan.version).toBe(3);
    expect(plan.content).toEqual((await getPlanVersion(owner, familyId, 1)).content);

    const stale = await run(restore(familyId, 2), formOf({ expectedVersion: "2" }));
    expect(stale.state?.status).toBe("error");
    expect(stale.state!.values).toEqual({ expectedVersion: "3" });
    const gone = await run(restore(familyId, 99), formOf({ expectedVersion: "3" }));
    expect(gone.state?.status).toBe("error");
    expect(await versionCount(familyId)).toBe(3);
  });
});
