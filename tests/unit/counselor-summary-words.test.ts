import { describe, expect, it } from "vitest";
import { trendWords, type TrendFacts, type TrendKey } from "@/lib/counselor/summary-words";
import { translator } from "@/lib/i18n/text";

// The counselor's trend sentence in Spanish (issue 18): the same comparison lib/family/trend.ts
// says in English, with the Spanish stage names; English keeps lib's sentence word for word.
const spanish = translator("es");
const say = (key: TrendKey, values?: Record<string, string>) => spanish(`Counselor.summary.${key}`, values);
const names: Record<string, string> = { emotional: "recaída emocional", mental: "recaída mental", physical: "recaída física" };
const stageName = (id: string) => names[id]!;
const facts = (current: string[], previous: string[], direction: TrendFacts["trend"]["direction"]): TrendFacts => ({ trendSentence: "English sentence.", trend: { current, previous, direction } });

describe("the counselor's trend sentence", () => {
  it("keeps lib's English sentence for English readers", () => {
    expect(trendWords(say, facts(["mental"], [], "none"), stageName, "en")).toBe("English sentence.");
  });

  it("says each comparison in Spanish, with the stages' Spanish names", () => {
    expect(trendWords(say, facts([], [], "none"), stageName, "es")).toBe("No se anotaron señales en las últimas cuatro semanas.");
    expect(trendWords(say, facts([], ["emotional"], "none"), stageName, "es")).toBe(
      "No se anotaron señales en las últimas dos semanas. En las dos semanas anteriores, la mayoría fueron señales de recaída emocional.",
    );
    expect(trendWords(say, facts(["mental"], [], "none"), stageName, "es")).toBe(
      "En las últimas dos semanas, la mayoría de las señales que compartió la familia fueron señales de recaída mental. En las dos semanas anteriores no se anotó ninguna.",
    );
    expect(trendWords(say, facts(["emotional", "mental"], ["emotional"], "later"), stageName, "es")).toBe(
      "En las últimas dos semanas, las señales que compartió la familia se repartieron por igual entre señales de recaída emocional y recaída mental. En las dos semanas anteriores fueron señales de recaída emocional: ahora apuntan a una etapa más avanzada.",
    );
    expect(trendWords(say, facts(["emotional"], ["mental", "physical"], "earlier"), stageName, "es")).toContain("un reparto igual entre señales de recaída mental y recaída física");
    expect(trendWords(say, facts(["physical"], ["physical"], "same"), stageName, "es")).toMatch(/, igual que en las dos semanas anteriores\.$/);
  });

  it("never leaves an English word in the Spanish sentence", () => {
    const all = [
      facts([], ["emotional", "mental"], "none"),
      facts(["mental"], ["mental"], "same"),
      facts(["physical"], ["emotional"], "later"),
      facts(["emotional"], ["physical"], "earlier"),
    ].map((f) => trendWords(say, f, stageName, "es"));
    for (const sentence of all) expect(sentence).not.toMatch(/\b(signs|the|weeks|stage|and)\b/);
  });
});
