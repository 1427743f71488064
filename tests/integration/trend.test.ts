import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { createCheckIn, latestCheckInDate, type CheckInInput } from "@/lib/family/checkins";
import { NotFoundError } from "@/lib/errors";
import { describeStageTrend, getDashboard, NOTED_BY, rollingWeeks } from "@/lib/family/trend";
import { createFamilyWith, outsiders } from "../support/fixtures";
import { trendSentence, weekLabel } from "@/components/family/dashboard/words";
import { translator, type MessageKey } from "@/lib/i18n/text";
import type { Locale } from "@/lib/i18n/locales";

/** The dashboard's words for a namespace, as next-intl gives them on the page. */
const words = (locale: Locale, namespace: string) => {
  const t = translator(locale);
  return (key: string, values?: Record<string, string | number>) => t(`${namespace}.${key}` as MessageKey, values);
};

type Actor = { userId: string };

// One fixed moment per test file: entries are dated relative to it, and the dashboard is asked
// about it, so a day boundary passing mid-test cannot move anything.
const now = new Date();
const today = latestCheckInDate(now);
const daysAgo = (n: number) => addDays(today, -n);

const base: CheckInInput = { worry: 3, wellbeing: 3, signs: [], triggers: [] };
const add = (actor: Actor, familyId: string, day: number, over: Partial<CheckInInput> = {}) =>
  createCheckIn(actor, familyId, { ...base, date: daysAgo(day), ...over });

const E = ["emotional.isolating", "emotional.poor-sleep", "emotional.irritable"];
const M = ["mental.cravings", "mental.old-contacts", "mental.just-once"];
const P = ["physical.using-again", "physical.nodding-off"];

let family: Awaited<ReturnType<typeof createFamilyWith>>;
let owner: Actor;
let member: Actor;

beforeEach(async () => {
  family = await createFamilyWith(2);
  owner = family.owner;
  member = family.members[0]!;
});

describe("rollingWeeks", () => {
  it("gives 8 seven-day weeks, oldest first, the last ending today", () => {
    const weeks = rollingWeeks("2025-03-31");
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toMatchObject({ start: "2025-03-25", end: "2025-03-31", label: "Mar 25 to Mar 31" });
    expect(weeks[0]).toMatchObject({ start: "2025-02-04", end: "2025-02-10" });
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]!.start).toBe(addDays(weeks[i - 1]!.end, 1));
  });
});

describe("describeStageTrend", () => {
  const stages = ["emotional", "mental", "physical"];
  const counts = (emotional: number, mental: number, physical: number) => ({ emotional, mental, physical });

  it("says where most signs point, and how that moved", () => {
    expect(describeStageTrend(counts(1, 4, 0), counts(5, 2, 0), stages)).toMatchObject({
      sentence: "In the last two weeks, most signs noted in your family space were mental-stage signs, up from emotional-stage signs the two weeks before.",
      current: ["mental"],
      previous: ["emotional"],
      direction: "later",
      focusStageId: "mental",
    });
    expect(describeStageTrend(counts(3, 1, 0), counts(0, 0, 2), stages)).toMatchObject({
      sentence: "In the last two weeks, most signs noted in your family space were emotional-stage signs, down from physical-stage signs the two weeks before.",
      direction: "earlier",
      focusStageId: "emotional",
    });
    expect(describeStageTrend(counts(0, 2, 0), counts(0, 9, 1), stages)).toMatchObject({
      sentence: "In the last two weeks, most signs noted in your family space were mental-stage signs, the same as the two weeks before.",
      direction: "same",
    });
  });

  it("handles ties and empty windows in plain words", () => {
    expect(describeStageTrend(counts(2, 2, 0), counts(1, 0, 0), stages)).toMatchObject({
      sentence:
        "In the last two weeks, the signs noted in your family space were split evenly between emotional-stage and mental-stage signs, up from emotional-stage signs the two weeks before.",
      current: ["emotional", "mental"],
      focusStageId: "mental",
    });
    expect(describeStageTrend(counts(0, 0, 1), counts(1, 1, 1), stages).sentence).toBe(
      "In the last two weeks, most signs noted in your family space were physical-stage signs, after an even split of emotional-stage, mental-stage and physical-stage signs the two weeks before.",
    );
    expect(describeStageTrend(counts(0, 3, 0), counts(0, 0, 0), stages)).toMatchObject({
      sentence: "In the last two weeks, most signs noted in your family space were mental-stage signs, and none were noted the two weeks before.",
      direction: "none",
    });
    expect(describeStageTrend(counts(0, 0, 0), counts(0, 0, 4), stages)).toMatchObject({
      sentence: "No signs were noted in the last two weeks; in the two weeks before, most were physical-stage signs.",
      focusStageId: "physical",
    });
    expect(describeStageTrend(counts(0, 0, 0), counts(0, 0, 0), stages)).toMatchObject({
      sentence: "No signs were noted in the last four weeks.",
      current: [],
      previous: [],
      focusStageId: null,
    });
  });
});

describe("who noted the signs", () => {
  it("the counselor's summary says the family shared them, never 'you'", () => {
    const counts = (e: number, m: number, p: number) => ({ emotional: e, mental: m, physical: p });
    const sentence = describeStageTrend(counts(0, 2, 0), counts(1, 0, 0), ["emotional", "mental", "physical"], NOTED_BY.counselor).sentence;
    expect(sentence).toBe("In the last two weeks, most signs the family shared were mental-stage signs, up from emotional-stage signs the two weeks before.");
  });
});

describe("the trend in the reader's language (the dashboard words it from messages/)", () => {
  const stages = ["emotional", "mental", "physical"];
  const all = [0, 1, 2].flatMap((e) => [0, 1, 2].flatMap((m) => [0, 1, 2].map((p) => ({ emotional: e, mental: m, physical: p }))));

  it("in English, is word for word lib/'s sentence, in every case and for both readers", () => {
    for (const current of all) {
      for (const previous of all) {
        for (const notedBy of ["family", "counselor"] as const) {
          const trend = describeStageTrend(current, previous, stages, NOTED_BY[notedBy]);
          expect(trendSentence(trend, words("en", "Dashboard.trend"), notedBy)).toBe(trend.sentence);
        }
      }
    }
  });

  it("in Spanish, names the stages as the Spanish catalogue does", () => {
    const counts = (emotional: number, mental: number, physical: number) => ({ emotional, mental, physical });
    const es = words("es", "Dashboard.trend");
    expect(trendSentence(describeStageTrend(counts(1, 4, 0), counts(5, 2, 0), stages), es)).toBe(
      "En las últimas dos semanas, la mayoría de las señales anotadas en su espacio familiar fueron de recaída mental. En las dos semanas anteriores fueron de recaída emocional: ahora apuntan a una etapa más avanzada.",
    );
    expect(trendSentence(describeStageTrend(counts(2, 2, 0), counts(0, 0, 0), stages), es)).toBe(
      "En las últimas dos semanas, las señales anotadas en su espacio familiar se repartieron por igual entre recaída emocional y recaída mental. En las dos semanas anteriores no se anotó ninguna.",
    );
    expect(trendSentence(describeStageTrend(counts(0, 0, 0), counts(0, 0, 0), stages), es)).toBe("No se anotaron señales en las últimas cuatro semanas.");
    expect(weekLabel({ start: "2025-03-25", end: "2025-03-31" }, words("es", "Dashboard.chart"), "es")).toBe("25 mar al 31 mar");
    expect(weekLabel({ start: "2025-03-25", end: "2025-03-31" }, words("en", "Dashboard.chart"), "en")).toBe("Mar 25 to Mar 31");
  });
});

describe("getDashboard", () => {
  it("in Spanish: the stage, sign-group and trigger names of the Spanish catalogue", async () => {
    await add(owner, family.familyId, 1, { signs: [M[0]!], triggers: ["emotional.stress"] });
    const english = await getDashboard(owner, family.familyId, now);
    const spanish = await getDashboard(owner, family.familyId, now, "es");
    expect(spanish.stages.map((s) => s.name)).toEqual(["Recaída emocional", "Recaída mental", "Recaída física"]);
    expect(spanish.focusStage?.name).toBe("Recaída mental");
    expect(spanish.topTriggers.map((t) => t.id)).toEqual(english.topTriggers.map((t) => t.id));
    expect(spanish.topTriggers[0]!.label).not.toBe(english.topTriggers[0]!.label);
    expect(spanish.counts).toEqual(english.counts);
  });

  it("an empty family: zeros everywhere, a plain sentence, no last check-in", async () => {
    const data = await getDashboard(owner, family.familyId, now);
    expect(data.today).toBe(today);
    expect(data.counts).toEqual({ last8Weeks: 0, last28Days: 0, useSuspectedLast28Days: 0, mineLast8Weeks: 0 });
    expect(data.lastCheckIn).toBeNull();
    expect(data.signsByWeek).toHaveLength(8);
    expect(data.signsByWeek.every((w) => w.total === 0)).toBe(true);
    expect(data.signsInWeeks).toBe(0);
    expect(data.stageTrend.sentence).toBe("No signs were noted in the last four weeks.");
    expect(data.focusStage).toBeNull();
    expect(data.topTriggers).toEqual([]);
    expect(data.wellbeing.every((w) => w.average === null && w.checkIns === 0)).toBe(true);
  });

  it("counts signs per rolling week, by stage, on known data", async () => {
    await add(owner, family.familyId, 0, { signs: [E[0]!, M[0]!] }); // week 8 (this week)
    await add(member, family.familyId, 6, { signs: [M[1]!] }); // week 8, its first day
    await add(owner, family.familyId, 7, { signs: [E[1]!, E[2]!] }); // week 7
    await add(owner, family.familyId, 30, { signs: [P[0]!] }); // week 4 (days 28-34)
    await add(member, family.familyId, 55, { signs: [E[0]!] }); // week 1, its first day
    await add(owner, family.familyId, 56, { signs: [P[1]!, M[2]!] }); // before the 8 weeks

    const data = await getDashboard(owner, family.familyId, now);
    const table = data.signsByWeek.map((w) => [w.counts.emotional, w.counts.mental, w.counts.physical]);
    expect(table).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 1],
      [0, 0, 0],
      [0, 0, 0],
      [2, 0, 0],
      [1, 2, 0],
    ]);
    expect(data.signsByWeek.map((w) => w.total)).toEqual([1, 0, 0, 1, 0, 0, 2, 3]);
    expect(data.signsInWeeks).toBe(7);
    expect(data.signsByWeek.at(-1)).toMatchObject({ start: daysAgo(6), end: today });
    expect(data.lastCheckIn).toBe(today);
  });

  it("the stage sentence compares the last 14 days with the 14 before, and brings that stage's guidance", async () => {
    // Days 0-13: 3 mental, 1 emotional. Days 14-27: 3 emotional, 1 mental. Day 28 is outside both.
    await add(owner, family.familyId, 0, { signs: [M[0]!, M[1]!] });
    await add(member, family.familyId, 13, { signs: [M[2]!, E[0]!] });
    await add(owner, family.familyId, 14, { signs: [E[0]!, E[1]!, M[0]!] });
    await add(member, family.familyId, 27, { signs: [E[2]!] });
    await add(owner, family.familyId, 28, { signs: [P[0]!, P[1]!] });

    const data = await getDashboard(member, family.familyId, now);
    expect(data.stageTrend).toMatchObject({
      sentence: "In the last two weeks, most signs noted in your family space were mental-stage signs, up from emotional-stage signs the two weeks before.",
      currentCounts: { emotional: 1, mental: 3, physical: 0 },
      previousCounts: { emotional: 3, mental: 1, physical: 0 },
      focusStageId: "mental",
    });
    expect(data.focusStage).toMatchObject({ id: "mental", name: "Mental relapse" });
    expect(data.focusStage!.familyCanDo.length).toBeGreaterThan(0);
  });

  it("never tells a member who noted no signs that they noted them (issue 17, item 8)", async () => {
    await add(owner, family.familyId, 0, { signs: [M[0]!, M[1]!] });
    await add(member, family.familyId, 1); // a check-in with no signs ticked
    const data = await getDashboard(member, family.familyId, now);
    expect(data.stageTrend.sentence).toBe("In the last two weeks, most signs noted in your family space were mental-stage signs, and none were noted the two weeks before.");
    expect(data.stageTrend.sentence).not.toMatch(/\byou\b/);
  });

  it("top triggers: the 5 most noted in the last 28 days, most first, with their group", async () => {
    const t = ["emotional.stress", "social.old-friends", "physical.pain", "environmental.old-places", "emotional.boredom", "social.cut-off"];
    // counts: stress 4, old-friends 3, pain 2, old-places 2, boredom 1, cut-off 1 (cut-off is later in the catalogue)
    await add(owner, family.familyId, 0, { triggers: t });
    await add(owner, family.familyId, 5, { triggers: [t[0]!, t[1]!, t[2]!, t[3]!] });
    await add(member, family.familyId, 27, { triggers: [t[0]!, t[1]!] });
    await add(member, family.familyId, 10, { triggers: [t[0]!] });
    await add(owner, family.familyId, 28, { triggers: ["social.cut-off", "social.cut-off"] }); // outside the 28 days
    await add(owner, family.familyId, 40, { triggers: ["social.cut-off"] });

    const data = await getDashboard(owner, family.familyId, now);
    expect(data.topTriggers.map((x) => [x.id, x.count])).toEqual([
      ["emotional.stress", 4],
      ["social.old-friends", 3],
      ["environmental.old-places", 2],
      ["physical.pain", 2],
      ["emotional.boredom", 1],
    ]);
    expect(data.topTriggers[0]).toMatchObject({ groupId: "emotional", groupName: "Emotional triggers", label: expect.any(String) });
    expect(data.topTriggers[3]).toMatchObject({ groupId: "physical" });
  });

  it("well-being is the person's own only: weekly averages, private entries included, others' left out", async () => {
    await add(owner, family.familyId, 0, { wellbeing: 2 });
    await add(owner, family.familyId, 3, { wellbeing: 3, visibility: "private" });
    await add(owner, family.familyId, 10, { wellbeing: 5 });
    await add(member, family.familyId, 1, { wellbeing: 1 });
    await add(member, family.familyId, 8, { wellbeing: 1 });

    const mine = await getDashboard(owner, family.familyId, now);
    expect(mine.wellbeing.map((w) => w.average)).toEqual([null, null, null, null, null, null, 5, 2.5]);
    expect(mine.wellbeing.map((w) => w.checkIns)).toEqual([0, 0, 0, 0, 0, 0, 1, 2]);

    const theirs = await getDashboard(member, family.familyId, now);
    expect(theirs.wellbeing.map((w) => w.average)).toEqual([null, null, null, null, null, null, 1, 1]);
  });

  it("private entries never reach another member: not in counts, signs, triggers, sentence or last date", async () => {
    await add(member, family.familyId, 20, { signs: [E[0]!], triggers: ["emotional.stress"] });
    await add(owner, family.familyId, 0, { signs: P, triggers: ["physical.pain"], visibility: "private", useSuspected: true });

    const memberView = await getDashboard(member, family.familyId, now);
    expect(memberView.counts).toEqual({ last8Weeks: 1, last28Days: 1, useSuspectedLast28Days: 0, mineLast8Weeks: 1 });
    expect(memberView.signsInWeeks).toBe(1);
    expect(memberView.signsByWeek.every((w) => w.counts.physical === 0)).toBe(true);
    expect(memberView.topTriggers.map((x) => x.id)).toEqual(["emotional.stress"]);
    expect(memberView.lastCheckIn).toBe(daysAgo(20));
    expect(memberView.stageTrend.sentence).toBe("No signs were noted in the last two weeks; in the two weeks before, most were emotional-stage signs.");

    const ownerView = await getDashboard(owner, family.familyId, now);
    expect(ownerView.counts).toEqual({ last8Weeks: 2, last28Days: 2, useSuspectedLast28Days: 1, mineLast8Weeks: 1 });
    expect(ownerView.signsInWeeks).toBe(3);
    expect(ownerView.topTriggers.map((x) => x.id).sort()).toEqual(["emotional.stress", "physical.pain"]);
    expect(ownerView.lastCheckIn).toBe(today);
    expect(ownerView.stageTrend.focusStageId).toBe("physical");
  });

  it("counts: check-ins in 8 weeks and in 28 days, possible use in 28 days, and the person's own in 8 weeks", async () => {
    await add(owner, family.familyId, 0, { useSuspected: true });
    await add(owner, family.familyId, 27, { useSuspected: true });
    await add(owner, family.familyId, 28, { useSuspected: true });
    await add(member, family.familyId, 2);
    await add(member, family.familyId, 55);
    await add(member, family.familyId, 56);
    await add(owner, family.familyId, 400);
    const data = await getDashboard(owner, family.familyId, now);
    expect(data.counts).toEqual({ last8Weeks: 5, last28Days: 3, useSuspectedLast28Days: 2, mineLast8Weeks: 3 });
    expect(data.signsByWeek.map((w) => w.checkIns)).toEqual([1, 0, 0, 1, 1, 0, 0, 2]);
    expect(data.lastCheckIn).toBe(today);
  });

  it("other families' check-ins never count", async () => {
    const other = await createFamilyWith(0, "Other");
    await add(other.owner, other.familyId, 0, { signs: P, triggers: ["physical.pain"] });
    const data = await getDashboard(owner, family.familyId, now);
    expect(data.counts.last8Weeks).toBe(0);
    expect(data.lastCheckIn).toBeNull();
    expect(data.signsInWeeks).toBe(0);
    expect(data.topTriggers).toEqual([]);
  });
});

describe("access: strangers, signed-out visitors and removed members get NotFound", () => {
  it("refuses them all", async () => {
    const { otherFamilyOwner, signedOut, emptyId } = await outsiders();
    const removed = family.members[1]!;
    await add(removed, family.familyId, 0, { signs: [E[0]!], visibility: "private" });
    await db.membership.delete({ where: { familyId_userId: { familyId: family.familyId, userId: removed.userId } } });
    for (const actor of [otherFamilyOwner, signedOut, emptyId, removed]) {
      await expect(getDashboard(actor as Actor, family.familyId, now)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getDashboard(owner, "", now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
