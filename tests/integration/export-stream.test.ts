import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EXPORT_BATCH, exportFamilyJson, streamCheckInsCsv, streamFamilyJson } from "@/lib/family/export";
import { NotFoundError } from "@/lib/errors";
import { createFamilyWith, outsiders } from "../support/fixtures";

async function collect(stream: AsyncIterable<string>) {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

/** A family with more check-ins than two batches, some of them private to the member. */
async function largeFamily() {
  const { familyId, owner, members } = await createFamilyWith(1);
  const count = EXPORT_BATCH * 2 + 7;
  await db.checkIn.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      familyId,
      authorId: i % 10 === 0 ? members[0]!.userId : owner.userId,
      shared: i % 10 !== 0,
      // Many rows share a day, so the order must hold across batch edges on the tie-breakers.
      date: new Date(Date.UTC(2026, 9, 1 + (i % 30))),
      worry: 1 + (i % 5),
      wellbeing: 1 + ((i + 2) % 5),
      note: `note ${i}`,
    })),
  });
  return { familyId, owner, member: members[0]!, count };
}

describe("exports stream in batches", () => {
  it("the streamed JSON is the same document as the whole one, written in several chunks", async () => {
    const { familyId, owner, count } = await largeFamily();
    const now = new Date("2026-11-20T10:00:00Z");
    const chunks = await collect(await streamFamilyJson(owner, familyId, now));
    expect(chunks.length).toBeGreaterThanOrEqual(4); // head, three batches, tail
    const whole = await exportFamilyJson(owner, familyId, now);
    expect(chunks.join("")).toBe(JSON.stringify(whole, null, 2));
    const visible = count - Math.ceil(count / 10); // the member's private ones are not the owner's to see
    expect(whole.checkIns).toHaveLength(visible);
    expect(new Set(whole.checkIns.map((c) => c.id)).size).toBe(visible);
  });

  it("an empty family streams a valid document", async () => {
    const { familyId, owner } = await createFamilyWith(0);
    const now = new Date("2026-11-20T10:00:00Z");
    const text = (await collect(await streamFamilyJson(owner, familyId, now))).join("");
    expect(text).toBe(JSON.stringify(await exportFamilyJson(owner, familyId, now), null, 2));
    expect(JSON.parse(text).checkIns).toEqual([]);
  });

  it("the streamed CSV has every visible row once, newest first", async () => {
    const { familyId, member, count } = await largeFamily();
    const chunks = await collect(await streamCheckInsCsv(member, familyId));
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    const lines = chunks.join("").split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^"Date","Written by","Seen by"/);
    expect(lines).toHaveLength(1 + count); // the member sees the shared ones and their own private ones
    const dates = lines.slice(1).map((line) => Date.parse(/^"([^"]+)"/.exec(line)![1]!));
    expect(dates.every((d) => Number.isFinite(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(lines.slice(1)).size).toBe(count);
  });

  it("in Spanish for a Spanish reader: the CSV's words, the JSON's note and former members; the JSON's field names stay", async () => {
    const { familyId, owner } = await createFamilyWith(0);
    await db.checkIn.create({ data: { familyId, authorId: null, shared: true, date: new Date(Date.UTC(2026, 9, 3)), worry: 4, wellbeing: 3, note: "NOTE-MARKER" } });
    const csv = (await collect(await streamCheckInsCsv(owner, familyId, "UTC", "es"))).join("");
    const [header, line] = csv.split("\r\n");
    expect(header).toMatch(/^"Fecha","Escrito por","Quién lo ve","Preocupación \(1-5\)"/);
    expect(header).toContain('"Hora en que se escribió (UTC)"');
    expect(line).toMatch(/^"3 de octubre de 2026","Una persona que ya no es miembro","Familia","4","Me preocupa mucho"/);
    expect(line).toContain('"No"');
    const now = new Date("2026-11-20T10:00:00Z");
    const whole = await exportFamilyJson(owner, familyId, now, { locale: "es" });
    expect(whole.note).toBe("Los registros incluyen los que se comparten con la familia y los suyos privados.");
    expect(whole.checkIns[0]!.author).toBe("Una persona que ya no es miembro");
    expect(Object.keys(whole)).toEqual(Object.keys(await exportFamilyJson(owner, familyId, now)));
    expect((await collect(await streamFamilyJson(owner, familyId, now, "es"))).join("")).toBe(JSON.stringify(whole, null, 2));
  });

  it("a stranger gets NotFoundError before a single byte", async () => {
    const { familyId } = await createFamilyWith(0);
    const { otherFamilyOwner: stranger } = await outsiders();
    await expect(streamFamilyJson(stranger, familyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(streamCheckInsCsv(stranger, familyId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
