import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createCheckIn, latestCheckInDate, updateCheckIn } from "@/lib/family/checkins";
import { savePlan, type PlanInput } from "@/lib/family/plan";
import { getRelapseMoment } from "@/lib/family/relapse-moment";
import { whoWasTold } from "@/lib/notifications/alert-audience";
import { savePreferences } from "@/lib/notifications/preferences";
import { createFamilyWith, outsiders } from "../support/fixtures";

/**
 * The family's own "right now" page (decision 026): the plan for this moment and who the
 * "may have used" alert went to, for members only, and only for the reader's own check-in.
 */
const TODAY = "2026-12-01";
const ALERTS_OFF = { alert: "", reminder: "", naloxone: "", quiet: "", weekly: "", counselor: "", reminderDay: "daily", reminderHour: "19" };

const plan: PlanInput = {
  emergency: { naloxoneLocation: "Kitchen drawer, left of the sink", naloxoneWhoKnows: "Mom and Sam", naloxoneExpiry: "2026-12-20", hospitalName: "Mercy" },
  people: [
    { name: "Aunt Marta", relationship: "Aunt", phone: "555-0100", whenToCall: "Any time" },
    { name: "Coach Dee", relationship: "Neighbor" },
  ],
  treatment: [{ name: "Dr. Lee", role: "Doctor", phone: "(555) 010-0111" }],
  responses: { ids: ["help.stay-calm", "avoid.shaming"], avoidOwnWords: "No yelling." },
  boundaries: "No drugs in the house.",
  relapseSteps: ["Check they are breathing.", "Call Dr. Lee in the morning."],
  goals: "GOALS-ARE-NOT-FOR-TONIGHT",
};

const mayHaveUsed = (over: Record<string, unknown> = {}) => ({
  date: latestCheckInDate(new Date(Date.now() - 86_400_000)),
  worry: 5,
  wellbeing: 2,
  note: "NOTE-MARKER found foil in the car",
  useSuspected: true,
  visibility: "family" as const,
  ...over,
});

describe("the family's own 'right now'", () => {
  it("shows the plan for tonight, and who the alert went to, by name", async () => {
    const { familyId, owner, members } = await createFamilyWith(2);
    await savePlan(owner, familyId, plan, 0);
    const { id } = await createCheckIn(members[0]!, familyId, mayHaveUsed());

    const moment = await getRelapseMoment(members[0]!, familyId, { checkInId: id, today: TODAY });
    expect(moment.naloxone).toMatchObject({ location: "Kitchen drawer, left of the sink", whoKnows: "Mom and Sam", status: { state: "soon", days: 19 } });
    expect(moment.hospital.name).toBe("Mercy");
    expect(moment.people).toEqual([
      { name: "Aunt Marta", detail: "Aunt", phone: "555-0100", note: "Any time" },
      { name: "Coach Dee", detail: "Neighbor", phone: undefined, note: undefined },
    ]);
    expect(moment.treatment).toEqual([{ name: "Dr. Lee", detail: "Doctor", phone: "(555) 010-0111", note: undefined }]);
    expect(moment.firstSteps).toEqual(["Check they are breathing.", "Call Dr. Lee in the morning."]);
    expect(moment.responses.helpful).toHaveLength(1);
    expect(moment.responses.avoid).toHaveLength(1);
    expect(moment.responses.avoidOwnWords).toBe("No yelling.");
    expect(moment.boundaries).toBe("No drugs in the house.");
    expect(moment.missing).toEqual([]);
    expect(moment.planEmpty).toBe(false);
    expect(moment.alerted).toEqual({
      checkIn: { id, date: mayHaveUsed().date },
      told: { state: "told", names: ["Member 2", "Owner"], turnedOff: 0, emailed: false },
    });
    // Nothing from the check-in itself, and nothing of the plan that is not for tonight.
    expect(JSON.stringify(moment)).not.toContain("NOTE-MARKER");
    expect(JSON.stringify(moment)).not.toContain("GOALS-ARE-NOT-FOR-TONIGHT");
  });

  it("names only the members the alert went to, and counts those who turned it off", async () => {
    const { familyId, owner, members } = await createFamilyWith(2);
    await savePreferences(members[1]!, familyId, ALERTS_OFF);
    const first = await createCheckIn(members[0]!, familyId, mayHaveUsed());
    expect((await whoWasTold(members[0]!, familyId, first.id))?.told).toEqual({ state: "told", names: ["Owner"], turnedOff: 1, emailed: false });

    await savePreferences(owner, familyId, ALERTS_OFF);
    const second = await createCheckIn(members[0]!, familyId, mayHaveUsed());
    expect((await whoWasTold(members[0]!, familyId, second.id))?.told).toEqual({ state: "off", turnedOff: 2 });
    // The first alert still says who it went to then, whatever was chosen since.
    expect((await whoWasTold(members[0]!, familyId, first.id))?.told).toMatchObject({ state: "told", names: ["Owner"] });
  });

  it("says why nobody was told: alone in the family space, a private check-in, or the alert failed", async () => {
    const alone = await createFamilyWith(0);
    const solo = await createCheckIn(alone.owner, alone.familyId, mayHaveUsed());
    expect((await whoWasTold(alone.owner, alone.familyId, solo.id))?.told).toEqual({ state: "alone" });

    const { familyId, members } = await createFamilyWith(1);
    const hidden = await createCheckIn(members[0]!, familyId, mayHaveUsed({ visibility: "private" }));
    expect((await whoWasTold(members[0]!, familyId, hidden.id))?.told).toEqual({ state: "private" });

    const lost = await createCheckIn(members[0]!, familyId, mayHaveUsed());
    await db.familyEvent.deleteMany({ where: { familyId, dedupeKey: `alert:${lost.id}` } });
    expect((await whoWasTold(members[0]!, familyId, lost.id))?.told).toEqual({ state: "not-sent" });
  });

  it("saving the check-in again does not alert twice, and still says who was told", async () => {
    const { familyId, members } = await createFamilyWith(1);
    const { id } = await createCheckIn(members[0]!, familyId, mayHaveUsed());
    await updateCheckIn(members[0]!, familyId, id, mayHaveUsed({ note: "more" }));
    expect(await db.familyEvent.count({ where: { familyId, kind: "alert" } })).toBe(1);
    expect((await whoWasTold(members[0]!, familyId, id))?.told).toMatchObject({ state: "told", names: ["Owner"] });
  });

  it("an empty plan lists the three parts to write tonight", async () => {
    const { familyId, owner } = await createFamilyWith(0);
    const moment = await getRelapseMoment(owner, familyId);
    expect(moment.planEmpty).toBe(true);
    expect(moment.missing).toEqual(["emergency", "people", "relapse"]);
    expect(moment.naloxone.status).toEqual({ state: "unknown" });
    expect(moment.alerted).toBeNull();
    // People without a number still leave "who to call" to write.
    await savePlan(owner, familyId, { people: [{ name: "Coach Dee" }] }, 0);
    expect((await getRelapseMoment(owner, familyId)).missing).toEqual(["emergency", "people", "relapse"]);
  });

  it("shows who was told only for the reader's own check-in", async () => {
    const { familyId, owner, members } = await createFamilyWith(2);
    await savePlan(owner, familyId, plan, 0);
    const shared = await createCheckIn(members[0]!, familyId, mayHaveUsed());
    const hidden = await createCheckIn(members[0]!, familyId, mayHaveUsed({ visibility: "private" }));
    const calm = await createCheckIn(owner, familyId, mayHaveUsed({ useSuspected: false }));
    // Another member, with the author's ids: the plan, and nothing about those check-ins.
    for (const id of [shared.id, hidden.id]) {
      const moment = await getRelapseMoment(members[1]!, familyId, { checkInId: id });
      expect(moment.alerted).toBeNull();
      expect(moment.naloxone.location).toBe("Kitchen drawer, left of the sink");
    }
    // Not a "may have used" check-in, not an id, or no id at all.
    for (const checkInId of [calm.id, "", " x", "x".repeat(500), ["a", "b"], undefined]) {
      expect((await getRelapseMoment(owner, familyId, { checkInId })).alerted).toBeNull();
    }
  });

  it("gives nothing to another family's member, a signed-out visitor or an empty id", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await savePlan(owner, familyId, plan, 0);
    const { id } = await createCheckIn(members[0]!, familyId, mayHaveUsed());
    const { otherFamilyOwner, otherFamilyId, signedOut, emptyId } = await outsiders();
    for (const stranger of [otherFamilyOwner, signedOut, emptyId]) {
      await expect(getRelapseMoment(stranger, familyId, { checkInId: id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(whoWasTold(stranger, familyId, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // A member of another family, with this family's check-in id, in their own family: nothing.
    expect((await getRelapseMoment(otherFamilyOwner, otherFamilyId, { checkInId: id })).alerted).toBeNull();
    expect((await getRelapseMoment(otherFamilyOwner, otherFamilyId)).naloxone.location).toBeUndefined();
  });
});
