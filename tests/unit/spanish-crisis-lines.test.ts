import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/catalogue";
import { measureSpanish, SPANISH_MIN_SCORE } from "@/scripts/lib/readability-es";
import { SPANISH_CRISIS_LINES } from "@/lib/content/spanish-crisis-lines";

const catalogue = loadCatalogue(join(process.cwd(), "content"));

describe("Spanish crisis lines (research for issue 18)", () => {
  it("covers 911, 988, the SAMHSA helpline and Poison Control", () => {
    expect(SPANISH_CRISIS_LINES.map((line) => line.id).sort()).toEqual(["emergency", "lifeline-988", "poison-control", "samhsa-helpline"]);
  });

  it.each(SPANISH_CRISIS_LINES.map((line) => [line.id, line] as const))("%s: same number as the English catalogue, shown in the Spanish", (id, line) => {
    const english = catalogue.crisis.contacts.find((c) => c.id === id);
    expect(english, `no crisis contact ${id} in content/catalogue/crisis.json`).toBeDefined();
    expect(line.number).toBe(english!.number);
    expect(line.spanish).toContain(line.number);
  });

  it.each(SPANISH_CRISIS_LINES.map((line) => [line.id, line] as const))("%s: checked against a source, and says what was not verified", (_id, line) => {
    expect(line.sources.length).toBeGreaterThan(0);
    for (const source of line.sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.says.length).toBeGreaterThan(20);
    }
    expect(line.notVerified.length).toBeGreaterThan(20);
  });

  it("988 says how to reach Spanish by call and by text", () => {
    const line = SPANISH_CRISIS_LINES.find((l) => l.id === "lifeline-988")!;
    expect(line.spanish).toMatch(/marque 2 para español/);
    expect(line.spanish).toMatch(/envíe AYUDA por texto al 988/);
  });

  it("911 tells the caller to say Spanish", () => {
    expect(SPANISH_CRISIS_LINES.find((l) => l.id === "emergency")!.spanish).toMatch(/diga «Spanish»/);
  });

  it.each(SPANISH_CRISIS_LINES.map((line) => [line.id, line] as const))("%s: the Spanish is plain (Fernández-Huerta 70 or more)", (_id, line) => {
    expect(measureSpanish(line.spanish).score).toBeGreaterThanOrEqual(SPANISH_MIN_SCORE);
  });
});
