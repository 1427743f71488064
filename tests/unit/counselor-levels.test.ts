import { describe, expect, it } from "vitest";
import { ACCESS_LEVELS, LEVEL_DESCRIPTIONS } from "@/lib/counselor/levels";
import { VIEW_KINDS } from "@/lib/counselor/access";
import { translator } from "@/lib/i18n/text";

// The access levels are chosen on screens in the reader's language (Counselor.levels); the English
// messages must say exactly what lib/counselor/levels.ts says, which other pages and emails use.
describe("access levels in the messages", () => {
  const english = translator("en");
  it("say in English exactly what LEVEL_DESCRIPTIONS says", () => {
    for (const level of ACCESS_LEVELS) {
      const description = LEVEL_DESCRIPTIONS[level];
      expect(english(`Counselor.levels.${level}.title`)).toBe(description.title);
      expect(english(`Counselor.levels.${level}.shows`)).toBe(description.shows.join(" "));
      expect(english(`Counselor.levels.${level}.never`)).toBe(description.never.join("; "));
    }
  });

  it("exist in Spanish for every level", () => {
    const spanish = translator("es");
    for (const level of ACCESS_LEVELS) for (const part of ["title", "shows", "never"] as const) expect(spanish(`Counselor.levels.${level}.${part}`)).not.toBe("");
  });
});

// The family's log of counselor views stores English words (VIEW_KINDS) and shows them per reader.
describe("the views log's words", () => {
  it("read in English as they are stored", () => {
    const english = translator("en");
    for (const [key, words] of Object.entries(VIEW_KINDS)) expect(english(`FamilyCounselors.views.${key as keyof typeof VIEW_KINDS}`)).toBe(words);
  });
});
