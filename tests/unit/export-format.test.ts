import { describe, expect, it } from "vitest";
import { getCatalogue } from "@/lib/content";
import { contentDisposition, csvCell, csvColumns, csvHeader, csvRow, exportFilename, type CsvCheckIn } from "@/lib/family/export-format";

const row = (over: Partial<CsvCheckIn> = {}): CsvCheckIn => ({
  date: new Date("2026-11-21T00:00:00Z"),
  createdAt: new Date("2026-11-22T03:05:00Z"),
  authorId: "me",
  author: { name: "Rosa" },
  shared: true,
  worry: 3,
  wellbeing: 2,
  useSuspected: false,
  signs: [{ signId: "mental.planning-use", stageId: "mental" }, { signId: "emotional.isolating", stageId: "emotional" }],
  otherSigns: null,
  triggers: [{ triggerId: "emotional.stress" }],
  note: "=SUM(A1)",
  ...over,
});

/** The cells of one CSV line (our lines quote every cell and never hold a line break unquoted). */
const cells = (line: string) => [...line.trimEnd().matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"'));

describe("the check-ins CSV, in words", () => {
  it("has readable column names and says the times are UTC", () => {
    expect(cells(csvHeader())).toEqual(csvColumns());
    expect(csvColumns().at(-1)).toBe("Written at (UTC)");
    expect(csvColumns("America/Chicago").at(-1)).toBe("Written at (America/Chicago)");
    expect(csvColumns("Not/AZone").at(-1)).toBe("Written at (UTC)");
    expect(csvHeader().endsWith("\r\n")).toBe(true);
  });

  it("shows labels from the catalogue, Yes/No and readable dates, never ids or raw UTC", () => {
    const line = csvRow(row(), { userId: "me" });
    expect(line).not.toMatch(/mental\.planning-use|emotional\.isolating|emotional\.stress|true|false|T03:05|Z"/);
    const [date, author, seenBy, worry, worryWords, wellbeing, wellbeingWords, used, signs, stages, , triggers, note, at] = cells(line);
    expect([date, author, seenBy, worry, worryWords, wellbeing, wellbeingWords, used]).toEqual([
      "November 21, 2026", "Rosa", "Family", "3", "Quite worried", "2", "Having a hard time", "No",
    ]);
    expect(signs).toContain("Pulling away from family and friends");
    expect(stages).toBe("Mental relapse; Emotional relapse");
    expect(triggers).toBe("Stress that feels too big to handle");
    expect(note).toBe("'=SUM(A1)");
    expect(at).toBe("November 22, 2026 at 3:05 AM UTC");
  });

  it("puts times in the person's time zone when given, and the day stays the day", () => {
    const [date, ...rest] = cells(csvRow(row(), { userId: "me", timeZone: "America/Chicago" }));
    expect(date).toBe("November 21, 2026");
    expect(rest.at(-1)).toBe("November 21, 2026 at 9:05 PM CST");
  });

  it("leaves out another member's well-being and says Yes for suspected use", () => {
    const c = cells(csvRow(row({ authorId: "someone-else", useSuspected: true, shared: false, author: null }), { userId: "me" }));
    expect([c[1], c[2], c[5], c[6], c[7]]).toEqual(["A former member", "Only me", "", "", "Yes"]);
  });

  it("is in Spanish for a Spanish reader: column names, answers, the Spanish catalogue's words, days and times", () => {
    expect(csvColumns("America/Chicago", "es")).toEqual([
      "Fecha", "Escrito por", "Quién lo ve", "Preocupación (1-5)", "Preocupación en palabras", "Cómo estaba yo (1-5)", "Cómo estaba yo en palabras",
      "Puede haber consumido", "Señales de alerta", "Etapas de recaída de esas señales", "Otras señales", "Desencadenantes", "Nota", "Hora en que se escribió (America/Chicago)",
    ]);
    expect(cells(csvHeader("UTC", "es"))).toEqual(csvColumns("UTC", "es"));
    const spanish = getCatalogue("es");
    const label = (id: string) => spanish.stages.flatMap((stage) => stage.signs).find((sign) => sign.id === id)!.label;
    const [date, author, seenBy, , worryWords, , wellbeingWords, used, signs, stages, , triggers, , at] = cells(csvRow(row(), { userId: "me", timeZone: "America/Chicago", locale: "es" }));
    expect([date, author, seenBy, worryWords, wellbeingWords, used]).toEqual(["21 de noviembre de 2026", "Rosa", "Familia", "Me preocupa bastante", "Lo estoy pasando mal", "No"]);
    expect(signs).toBe(`${label("mental.planning-use")}; ${label("emotional.isolating")}`);
    const stage = (id: string) => spanish.stages.find((s) => s.id === id)!.name;
    expect(stages).toBe(`${stage("mental")}; ${stage("emotional")}`);
    expect(stages).toBe("Recaída mental; Recaída emocional");
    expect(triggers).toBe(spanish.triggerGroups.flatMap((group) => group.triggers).find((trigger) => trigger.id === "emotional.stress")!.label);
    expect(at).toBe("21 de noviembre de 2026 a las 9:05 p.m. CST");
    const other = cells(csvRow(row({ authorId: "someone-else", useSuspected: true, shared: false, author: null }), { userId: "me", locale: "es" }));
    expect([other[1], other[2], other[5], other[6], other[7]]).toEqual(["Una persona que ya no es miembro", "Solo yo", "", "", "Sí"]);
    expect(exportFilename("***", "csv", new Date("2026-11-22T05:30:00Z"), "UTC", "es")).toBe("steady-familia-2026-11-22.csv");
  });

  it("keeps the formula defusing and quoting", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("+1")).toBe(`"'+1"`);
    expect(csvCell(undefined)).toBe('""');
  });
});

describe("the file name", () => {
  const day = new Date("2026-11-22T05:30:00Z");
  it("is named after the family and the day, in safe characters", () => {
    expect(exportFilename("The Rivera family", "csv", day)).toBe("steady-the-rivera-family-2026-11-22.csv");
    expect(exportFilename("  ../../etc/passwd \"; x", "json", day)).toBe("steady-etc-passwd-x-2026-11-22.json");
    expect(exportFilename("***", "csv", day)).toBe("steady-family-2026-11-22.csv");
    expect(exportFilename("Familia Muñoz", "csv", day)).toBe("steady-familia-muñoz-2026-11-22.csv");
    expect(exportFilename("A".repeat(100), "csv", day)).toBe(`steady-${"a".repeat(40)}-2026-11-22.csv`);
    // the day in the person's time zone
    expect(exportFilename("X", "csv", new Date("2026-11-22T03:00:00Z"), "America/Chicago")).toBe("steady-x-2026-11-21.csv");
  });

  it("has a Content-Disposition for every browser (RFC 6266, RFC 5987 for non-ASCII)", () => {
    expect(contentDisposition("steady-the-rivera-family-2026-11-22.csv")).toBe('attachment; filename="steady-the-rivera-family-2026-11-22.csv"');
    expect(contentDisposition("steady-familia-muñoz-2026-11-22.csv")).toBe(
      `attachment; filename="steady-familia-munoz-2026-11-22.csv"; filename*=UTF-8''steady-familia-mu%C3%B1oz-2026-11-22.csv`,
    );
    expect(contentDisposition("steady-王家-2026-11-22.csv")).toMatch(/^attachment; filename="steady-_-2026-11-22\.csv"; filename\*=UTF-8''steady-%E7%8E%8B%E5%AE%B6-2026-11-22\.csv$/);
  });
});
