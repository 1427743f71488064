import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/catalogue";
import { SAFETY_FACTS, contentReviewMarkdown, locateFacts } from "@/lib/content/review";

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
