import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import {
  checkInInput,
  COUNT_AHEAD,
  createCheckIn,
  deleteCheckIn,
  earliestCheckInDate,
  getCheckInForEdit,
  latestCheckInDate,
  listCheckIns,
  MAX_YEARS_BACK,
  NOTE_MAX,
  OTHER_SIGNS_MAX,
  PAGE_SIZE,
  SCORE_MAX,
  SCORE_MIN,
  updateCheckIn,
  type CheckInInput,
} from "@/lib/family/checkins";
import { NotFoundError, RuleError } from "@/lib/errors";
import { parseForm } from "@/lib/forms/form-state";
import { translator } from "@/lib/i18n/text";
import { createFamilyWith, createUser, outsiders } from "../support/fixtures";

type Actor = { userId: string };

const today = () => latestCheckInDate();
const daysAgo = (n: number) => addDays(today(), -n);

const entry = (over: Partial<CheckInInput> = {}): CheckInInput => ({
  date: daysAgo(1),
  signs: ["emotional.isolating", "mental.cravings"],
  triggers: ["emotional.stress", "social.old-friends"],
  worry: 3,
  wellbeing: 2,
  note: "He slept most of the day and did not want to talk.",
  visibility: "family",
  ...over,
});

async function rowsIn(familyId: string) {
  const [checkIns, signs, triggers] = await Promise.all([
    db.checkIn.count({ where: { familyId } }),
    db.checkInSign.count({ where: { familyId } }),
    db.checkInTrigger.count({ where: { familyId } }),
  ]);
  return { checkIns, signs, triggers };
}

async function expectRefused(promise: Promise<unknown>, field: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  expect((error as RuleError).field).toBe(field);
}

function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

let family: Awaited<ReturnType<typeof createFamilyWith>>;
let owner: Actor;
let member: Actor;

beforeEach(async () => {
  family = await createFamilyWith(2);
  owner = family.owner;
  member = family.members[0]!;
});

describe("check-in ids in the catalogue", () => {
  it("the sample ids used in these tests exist", () => {
    expect(checkInInput.safeParse(entry()).success).toBe(true);
  });
});

describe("createCheckIn", () => {
  it("saves the check-in with its sign and trigger rows, copying family, author, visibility, date and stage/group", async () => {
    const date = daysAgo(2);
    const saved = await createCheckIn(owner, family.familyId, entry({ date, visibility: "private", useSuspected: true }));
    expect(saved).toEqual({ id: expect.any(String), date, useSuspected: true });

    const row = await db.checkIn.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ familyId: family.familyId, authorId: owner.userId, worry: 3, wellbeing: 2, shared: false, useSuspected: true });
    expect(row.date.toISOString()).toBe(`${date}T00:00:00.000Z`);

    const signs = await db.checkInSign.findMany({ where: { checkInId: saved.id }, orderBy: { signId: "asc" } });
    expect(signs.map((s) => [s.signId, s.stageId])).toEqual([
      ["emotional.isolating", "emotional"],
      ["mental.cravings", "mental"],
    ]);
    for (const s of signs) {
      expect(s).toMatchObject({ familyId: family.familyId, authorId: owner.userId, shared: false });
      expect(s.date.toISOString()).toBe(`${date}T00:00:00.000Z`);
    }
    const triggers = await db.checkInTrigger.findMany({ where: { checkInId: saved.id }, orderBy: { triggerId: "asc" } });
    expect(triggers.map((t) => [t.triggerId, t.groupId])).toEqual([
      ["emotional.stress", "emotional"],
      ["social.old-friends", "social"],
    ]);
    for (const t of triggers) expect(t).toMatchObject({ familyId: family.familyId, authorId: owner.userId, shared: false });
  });

  it("defaults: today's suggested date, shared with the family, no use suspected; repeated ids are saved once", async () => {
    const saved = await createCheckIn(owner, family.familyId, {
      worry: 1,
      wellbeing: 5,
      signs: ["emotional.poor-sleep", "emotional.poor-sleep"],
    });
    const row = await db.checkIn.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.shared).toBe(true);
    expect(row.useSuspected).toBe(false);
    expect(row.note).toBeNull();
    expect(saved.date <= today()).toBe(true);
    expect(saved.date >= addDays(today(), -2)).toBe(true);
    expect(await db.checkInSign.count({ where: { checkInId: saved.id } })).toBe(1);
  });

  it("accepts a form as the browser sends it (strings, one ticked box, \\r\\n line breaks)", async () => {
    const note = `${"a".repeat(999)}\r\n${"b".repeat(1000)}`; // 2,000 characters once \r\n counts as one
    const parsed = parseForm(
      checkInInput,
      formData({ date: daysAgo(0), signs: "physical.using-again", worry: "5", wellbeing: "1", visibility: "private", useSuspected: "yes", note }),
      { arrays: ["signs", "triggers"] },
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).toMatchObject({ signs: ["physical.using-again"], triggers: [], worry: 5, wellbeing: 1, visibility: "private", useSuspected: true });
    const saved = await createCheckIn(owner, family.familyId, parsed.data);
    expect(saved.useSuspected).toBe(true);
    const row = await db.checkIn.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.note).toHaveLength(2000);
  });

  it("a refused form keeps what was typed and names the fields", () => {
    const parsed = parseForm(checkInInput, formData({ date: addDays(today(), 1), worry: "", note: "still here" }), { arrays: ["signs", "triggers"] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.state.fieldErrors ?? {}).sort()).toEqual(["date", "wellbeing", "worry"]);
    expect(parsed.state.values?.note).toBe("still here");
    // lib/ names its messages by key; the action wrapper puts them in the reader's language.
    expect(parsed.state.fieldErrors?.date).toEqual(["CheckInForm.errors.dateFuture"]);
    expect(translator("en")("CheckInForm.errors.dateFuture")).toBe("This date is in the future. Choose today or an earlier day.");
    expect(translator("es")("CheckInForm.errors.dateFuture")).toBe("Esta fecha todavía no llega. Elija hoy o un día anterior.");
  });

  it("a date in the wrong format gets one plain message", () => {
    const parsed = parseForm(checkInInput, formData({ date: "03/14/2025", worry: "2", wellbeing: "2" }), { arrays: ["signs", "triggers"] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.state.fieldErrors).toEqual({ date: ["CheckInForm.errors.dateFormat"] });
    expect(translator("en")("CheckInForm.errors.dateFormat")).toBe("Enter the date as year-month-day, like 2025-03-14.");
  });

  it("says the same limits in its messages as it applies, in both languages", () => {
    for (const locale of ["en", "es"] as const) {
      const t = translator(locale);
      const number = (n: number) => n.toLocaleString(locale === "en" ? "en-US" : "es");
      expect(t("CheckInForm.errors.noteTooLong")).toContain(number(NOTE_MAX));
      expect(t("CheckInForm.errors.otherSignsTooLong")).toContain(number(OTHER_SIGNS_MAX));
      expect(t("CheckInForm.errors.dateTooOld")).toContain(String(MAX_YEARS_BACK));
      for (const key of ["CheckInForm.errors.scoreRange", "CheckInForm.errors.worryMissing", "CheckInForm.errors.wellbeingMissing"] as const) {
        expect(t(key)).toContain(`${SCORE_MIN} `);
        expect(t(key)).toContain(` ${SCORE_MAX}.`);
      }
    }
  });

  it.each([
    ["a date after today (UTC+14)", { date: addDays(latestCheckInDate(), 1) }, "date"],
    ["a date more than 5 years ago", { date: addDays(earliestCheckInDate(), -1) }, "date"],
    ["a date that does not exist", { date: "2025-02-30" }, "date"],
    ["a date in another format", { date: "03/14/2025" }, "date"],
    ["an unknown sign id", { signs: ["emotional.isolating", "made.up-sign"] }, "signs"],
    ["an unknown trigger id", { triggers: ["nope"] }, "triggers"],
    ["a note over 2,000 characters", { note: "x".repeat(2001) }, "note"],
    ["other signs over 500 characters", { otherSigns: "x".repeat(501) }, "otherSigns"],
    ["worry 0", { worry: 0 }, "worry"],
    ["worry 6", { worry: 6 }, "worry"],
    ["worry 2.5", { worry: 2.5 }, "worry"],
    ["worry missing", { worry: "" }, "worry"],
    ["well-being missing", { wellbeing: undefined as unknown as number }, "wellbeing"],
    ["an unknown visibility", { visibility: "public" as "family" }, "visibility"],
  ])("refuses %s and writes nothing", async (_name, over, field) => {
    await expectRefused(createCheckIn(owner, family.familyId, entry(over as Partial<CheckInInput>)), field);
    expect(await rowsIn(family.familyId)).toEqual({ checkIns: 0, signs: 0, triggers: 0 });
  });

  it("accepts the edges: today at UTC+14 and exactly five years back", async () => {
    await createCheckIn(owner, family.familyId, entry({ date: latestCheckInDate() }));
    await createCheckIn(owner, family.familyId, entry({ date: earliestCheckInDate() }));
    expect((await rowsIn(family.familyId)).checkIns).toBe(2);
  });
});

describe("updateCheckIn", () => {
  it("replaces the fields and all sign and trigger rows at once, with the new date and visibility copied", async () => {
    const { id } = await createCheckIn(owner, family.familyId, entry());
    const date = daysAgo(5);
    const updated = await updateCheckIn(owner, family.familyId, id, {
      date,
      signs: ["physical.using-again"],
      triggers: [],
      worry: 5,
      wellbeing: 1,
      note: "",
      visibility: "private",
      useSuspected: true,
    });
    expect(updated).toEqual({ id, date, useSuspected: true });

    const row = await db.checkIn.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ worry: 5, wellbeing: 1, note: null, shared: false, useSuspected: true, authorId: owner.userId });
    const signs = await db.checkInSign.findMany({ where: { checkInId: id } });
    expect(signs).toHaveLength(1);
    expect(signs[0]).toMatchObject({ signId: "physical.using-again", stageId: "physical", shared: false, familyId: family.familyId });
    expect(signs[0]!.date.toISOString()).toBe(`${date}T00:00:00.000Z`);
    expect(await db.checkInTrigger.count({ where: { checkInId: id } })).toBe(0);
    expect(await rowsIn(family.familyId)).toEqual({ checkIns: 1, signs: 1, triggers: 0 });
  });

  it("a refused update changes nothing", async () => {
    const { id } = await createCheckIn(owner, family.familyId, entry());
    const before = await rowsIn(family.familyId);
    await expectRefused(updateCheckIn(owner, family.familyId, id, entry({ signs: ["physical.using-again", "bogus"], worry: 5 })), "signs");
    await expectRefused(updateCheckIn(owner, family.familyId, id, entry({ note: "y".repeat(2001) })), "note");
    expect(await rowsIn(family.familyId)).toEqual(before);
    expect((await db.checkIn.findUniqueOrThrow({ where: { id } })).worry).toBe(3);
  });

  it("only the author can edit: another member gets NotFound and the entry is unchanged", async () => {
    const { id } = await createCheckIn(owner, family.familyId, entry());
    await expect(updateCheckIn(member, family.familyId, id, entry({ worry: 1 }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCheckInForEdit(member, family.familyId, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.checkIn.findUniqueOrThrow({ where: { id } })).worry).toBe(3);
    expect(await db.checkInSign.count({ where: { checkInId: id } })).toBe(2);
  });

  it("a check-in id is looked up with the family: an entry of another family is NotFound, even for its author", async () => {
    const other = await db.family.create({ data: { name: "Second family", memberships: { create: { userId: owner.userId, role: "owner" } } } });
    const { id } = await createCheckIn(owner, other.id, entry());
    await expect(updateCheckIn(owner, family.familyId, id, entry())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCheckInForEdit(owner, family.familyId, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCheckIn(owner, family.familyId, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.checkIn.count({ where: { id } })).toBe(1);
    await expect(updateCheckIn(owner, family.familyId, "no-such-id", entry())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("deleteCheckIn", () => {
  it("deletes the author's entry with its sign and trigger rows", async () => {
    const { id } = await createCheckIn(owner, family.familyId, entry());
    const kept = await createCheckIn(owner, family.familyId, entry());
    await deleteCheckIn(owner, family.familyId, id);
    expect(await db.checkIn.count({ where: { id } })).toBe(0);
    expect(await db.checkInSign.count({ where: { checkInId: id } })).toBe(0);
    expect(await db.checkInTrigger.count({ where: { checkInId: id } })).toBe(0);
    expect(await rowsIn(family.familyId)).toEqual({ checkIns: 1, signs: 2, triggers: 2 });
    expect(await db.checkIn.count({ where: { id: kept.id } })).toBe(1);
  });

  it("only the author can delete; a second delete is NotFound", async () => {
    const { id } = await createCheckIn(owner, family.familyId, entry());
    await expect(deleteCheckIn(member, family.familyId, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.checkIn.count({ where: { id } })).toBe(1);
    await deleteCheckIn(owner, family.familyId, id);
    await expect(deleteCheckIn(owner, family.familyId, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getCheckInForEdit", () => {
  it("returns the author's own entry as form values", async () => {
    const date = daysAgo(3);
    const { id } = await createCheckIn(owner, family.familyId, entry({ date, otherSigns: "Lost weight", visibility: "private", useSuspected: true }));
    expect(await getCheckInForEdit(owner, family.familyId, id)).toEqual({
      id,
      date,
      signs: expect.arrayContaining(["emotional.isolating", "mental.cravings"]),
      triggers: expect.arrayContaining(["emotional.stress", "social.old-friends"]),
      otherSigns: "Lost weight",
      worry: "3",
      wellbeing: "2",
      note: "He slept most of the day and did not want to talk.",
      visibility: "private",
      useSuspected: true,
    });
  });
});

describe("listCheckIns", () => {
  it("private entries are seen only by their author, in the list and in the total", async () => {
    await createCheckIn(owner, family.familyId, entry({ note: "shared one" }));
    const secret = await createCheckIn(owner, family.familyId, entry({ note: "private one", visibility: "private" }));

    const mine = await listCheckIns(owner, family.familyId);
    expect(mine.total).toBe(2);
    expect(mine.entries.map((e) => e.note).sort()).toEqual(["private one", "shared one"]);

    const theirs = await listCheckIns(member, family.familyId);
    expect(theirs.total).toBe(1);
    expect(theirs.entries.map((e) => e.note)).toEqual(["shared one"]);
    expect(theirs.entries.some((e) => e.id === secret.id)).toBe(false);
    // Filtering by the author does not reveal it either.
    const byOwner = await listCheckIns(member, family.familyId, { authorId: owner.userId });
    expect(byOwner.total).toBe(1);
  });

  it("shows names, catalogue labels and ownership; another member's well-being answer is left out", async () => {
    await createCheckIn(owner, family.familyId, entry({ otherSigns: "New friends" }));
    const [seenByMember] = (await listCheckIns(member, family.familyId)).entries;
    expect(seenByMember).toMatchObject({
      author: { id: owner.userId, name: "Owner" },
      isMine: false,
      shared: true,
      worry: 3,
      wellbeing: null,
      otherSigns: "New friends",
    });
    expect(seenByMember!.signs).toEqual([
      { id: "emotional.isolating", label: "Pulling away from family and friends", stageId: "emotional", stageName: "Emotional relapse" },
      { id: "mental.cravings", label: "Talking about cravings or strong urges", stageId: "mental", stageName: "Mental relapse" },
    ]);
    expect(seenByMember!.triggers.map((t) => t.groupId)).toEqual(["emotional", "social"]);
    expect(seenByMember!.triggers[0]!.label).toBeTruthy();

    const [seenByOwner] = (await listCheckIns(owner, family.familyId)).entries;
    expect(seenByOwner).toMatchObject({ isMine: true, wellbeing: 2 });
  });

  it("names signs, triggers and stages from the catalogue in the reader's language", async () => {
    await createCheckIn(owner, family.familyId, entry());
    const list = await listCheckIns(member, family.familyId, {}, "es");
    expect(list.entries[0]!.signs).toEqual([
      { id: "emotional.isolating", label: "Se aleja de la familia y los amigos", stageId: "emotional", stageName: "Recaída emocional" },
      { id: "mental.cravings", label: "Habla de ganas intensas de consumir", stageId: "mental", stageName: "Recaída mental" },
    ]);
    expect(list.entries[0]!.triggers.map((t) => t.groupName)).toEqual(["Desencadenantes emocionales", "Desencadenantes sociales"]);
    expect(list.stages.map((s) => s.name)).toEqual(["Recaída emocional", "Recaída mental", "Recaída física"]);
  });

  it("lists the family's current members as people to filter by", async () => {
    const list = await listCheckIns(member, family.familyId);
    expect(list.people.map((p) => p.id)).toEqual([owner.userId, ...family.members.map((m) => m.userId)]);
    expect(list.people.find((p) => p.isYou)?.id).toBe(member.userId);
  });

  it("filters by stage (at least one sign of it) and by person; unknown filter values are ignored", async () => {
    await createCheckIn(owner, family.familyId, entry({ signs: ["emotional.isolating"], note: "owner emotional" }));
    await createCheckIn(owner, family.familyId, entry({ signs: ["emotional.irritable", "physical.using-again"], note: "owner physical" }));
    await createCheckIn(member, family.familyId, entry({ signs: ["physical.using-again"], note: "member physical" }));
    await createCheckIn(member, family.familyId, entry({ signs: [], note: "member none" }));
    const notes = async (filters: Parameters<typeof listCheckIns>[2]) =>
      (await listCheckIns(owner, family.familyId, filters)).entries.map((e) => e.note).sort();

    expect(await notes({ stage: "physical" })).toEqual(["member physical", "owner physical"]);
    expect(await notes({ stage: "emotional" })).toEqual(["owner emotional", "owner physical"]);
    expect(await notes({ stage: "mental" })).toEqual([]);
    expect(await notes({ authorId: member.userId })).toEqual(["member none", "member physical"]);
    expect(await notes({ stage: "physical", authorId: member.userId })).toEqual(["member physical"]);
    expect(await notes({ stage: "nonsense" })).toHaveLength(4);

    const stranger = await createUser("Stranger");
    const list = await listCheckIns(owner, family.familyId, { authorId: stranger.userId, stage: "nonsense" });
    expect(list.filters).toEqual({ stage: undefined, authorId: undefined });
    expect(list.total).toBe(4);
  });

  it("pages newest first, 20 to a page, with total and pages; out-of-range pages are clamped", async () => {
    for (let i = 0; i < 45; i++) await createCheckIn(owner, family.familyId, entry({ date: daysAgo(i), signs: [], triggers: [], note: `day ${i}` }));
    const first = await listCheckIns(member, family.familyId);
    expect(first).toMatchObject({ total: 45, pages: 3, page: 1, perPage: 20 });
    expect(first.entries).toHaveLength(20);
    expect(first.entries[0]!.note).toBe("day 0");
    expect(first.entries[19]!.note).toBe("day 19");

    const second = await listCheckIns(member, family.familyId, { page: "2" });
    expect(second.entries.map((e) => e.note)).toEqual(Array.from({ length: 20 }, (_, i) => `day ${i + 20}`));
    const third = await listCheckIns(member, family.familyId, { page: 3 });
    expect(third.entries.map((e) => e.note)).toEqual(["day 40", "day 41", "day 42", "day 43", "day 44"]);
    const dates = [...first.entries, ...second.entries, ...third.entries].map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());

    expect((await listCheckIns(member, family.familyId, { page: 99 })).page).toBe(3);
    expect((await listCheckIns(member, family.familyId, { page: "-4" })).page).toBe(1);
    expect((await listCheckIns(member, family.familyId, { page: "abc" })).page).toBe(1);
  });

  it("a long history is counted only as far as needed: the first page says 'at least', a far page is exact", async () => {
    const count = COUNT_AHEAD + 50;
    await db.checkIn.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        familyId: family.familyId, authorId: owner.userId, shared: true, date: new Date(`${daysAgo(i % 300)}T00:00:00Z`), worry: 3, wellbeing: 3,
      })),
    });
    const first = await listCheckIns(member, family.familyId);
    expect(first).toMatchObject({ total: PAGE_SIZE + COUNT_AHEAD, totalIsExact: false, page: 1 });
    expect(first.entries).toHaveLength(PAGE_SIZE);
    const far = await listCheckIns(member, family.familyId, { page: 3 });
    expect(far).toMatchObject({ total: count, totalIsExact: true, pages: Math.ceil(count / PAGE_SIZE), page: 3 });
    const last = await listCheckIns(member, family.familyId, { page: 999 });
    expect(last.page).toBe(Math.ceil(count / PAGE_SIZE));
    expect(last.entries).toHaveLength(count % PAGE_SIZE || PAGE_SIZE);
  });

  it("an empty family lists nothing, with one page", async () => {
    expect(await listCheckIns(owner, family.familyId)).toMatchObject({ entries: [], total: 0, page: 1, pages: 1 });
  });
});

describe("access: strangers, signed-out visitors and removed members get NotFound from every function", () => {
  it("refuses them all and writes nothing", async () => {
    const { otherFamilyOwner, signedOut, emptyId } = await outsiders();
    const removed = family.members[1]!;
    const { id } = await createCheckIn(removed, family.familyId, entry());
    await db.membership.delete({ where: { familyId_userId: { familyId: family.familyId, userId: removed.userId } } });
    const before = await rowsIn(family.familyId);

    const calls = (actor: Actor | null) => [
      () => createCheckIn(actor as Actor, family.familyId, entry()),
      () => updateCheckIn(actor as Actor, family.familyId, id, entry({ worry: 1 })),
      () => deleteCheckIn(actor as Actor, family.familyId, id),
      () => getCheckInForEdit(actor as Actor, family.familyId, id),
      () => listCheckIns(actor as Actor, family.familyId),
    ];
    for (const actor of [otherFamilyOwner, signedOut, emptyId, removed, { userId: "   " }]) {
      for (const call of calls(actor)) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    }
    // Invalid input does not change the answer: membership is checked first.
    await expect(createCheckIn(otherFamilyOwner, family.familyId, entry({ worry: 99 }))).rejects.toBeInstanceOf(NotFoundError);
    // A missing or empty family id is NotFound too.
    await expect(listCheckIns(owner, "")).rejects.toBeInstanceOf(NotFoundError);
    expect(await rowsIn(family.familyId)).toEqual(before);
  });

  it("a removed member's shared entries stay for the family, with their name", async () => {
    const removed = family.members[1]!;
    await createCheckIn(removed, family.familyId, entry({ note: "from before" }));
    await db.membership.delete({ where: { familyId_userId: { familyId: family.familyId, userId: removed.userId } } });
    const list = await listCheckIns(owner, family.familyId);
    expect(list.entries[0]).toMatchObject({ note: "from before", author: { id: removed.userId, name: "Member 2" } });
    expect(list.people.map((p) => p.id)).not.toContain(removed.userId);
  });
});
