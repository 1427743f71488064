import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/catalogue";
import { SAFETY_FACTS, contentReviewMarkdown, locateFacts } from "@/lib/content/review";
import { SPANISH_FACTS, locateSpanishFacts, spanishReviewMarkdown, spanishTwin } from "@/lib/content/review-es";

const root = process.cwd();
const content = join(root, "content");
const catalogue = loadCatalogue(content);

describe("docs/content-review.md", () => {
  it.each(SAFETY_FACTS.map((fact) => [fact.fact, fact] as const))("states: %s", (_name, fact) => {
    expect(locateFacts(content, root).get(fact), String(fact.stated)).toBeDefined();
    for (const id of fact.sources) expect(catalogue.sources.map((s) => s.id)).toContain(id);
  });

  it("is up to date (run `npm run content-review`)", () => {
    expect(readFileSync(join(root, "docs", "content-review.md"), "utf8")).toBe(contentReviewMarkdown(content, root, catalogue.sources));
  });
});

describe("docs/content-review.md, Spanish pages (lib/content/review-es.ts)", () => {
  it("has one Spanish row for every English fact", () => {
    expect(SPANISH_FACTS.map((row) => row.fact).sort((a, b) => a - b)).toEqual(SAFETY_FACTS.map((_fact, index) => index + 1));
  });

  const english = locateFacts(content, root);
  const spanish = locateSpanishFacts(content, root);
  it.each(SPANISH_FACTS.map((row) => [row.fact, row] as const))("fact %i: stated in the Spanish twin of the English file", (_n, row) => {
    const where = english.get(SAFETY_FACTS[row.fact - 1]!);
    expect(where, "the English fact is stated").toBeDefined();
    expect(row.file, "the twin of the file that states the English fact").toBe(spanishTwin(where!.file));
    expect(spanish.get(row), `${row.file} ${String(row.stated)}`).toBeDefined();
  });

  it.each(SPANISH_FACTS.map((row) => [row.fact, row] as const))("fact %i: says where its Spanish rests", (_n, row) => {
    expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const check of row.checks) {
      expect(check.source.url).toMatch(/^https?:\/\//);
      expect(check.says.length).toBeGreaterThan(10);
    }
  });

  it("reports a Spanish wording that left its file (in a temporary copy)", () => {
    const dir = mkdtempSync(join(tmpdir(), "content-review-es-"));
    try {
      cpSync(join(content, "es"), join(dir, "es"), { recursive: true });
      const row = SPANISH_FACTS.find((r) => r.fact === 17)!;
      const file = join(dir, "es", row.file);
      writeFileSync(file, readFileSync(file, "utf8").split("\n").filter((line) => !row.stated.test(line)).join("\n"));
      expect(locateSpanishFacts(dir, dir).get(row)).toBeUndefined();
      expect(spanishReviewMarkdown(dir, dir, SAFETY_FACTS).find((line) => line.startsWith("| 17 |"))).toContain("**not stated**");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
