import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/catalogue";
import { loadPages } from "@/lib/content/pages";
import { measure, measurePage } from "@/scripts/lib/readability";

const CONTENT = join(process.cwd(), "content");
const pages = loadPages(CONTENT, loadCatalogue(CONTENT));
const MAX_GRADE = 8;

describe("plain language: Flesch-Kincaid grade 8 or lower", () => {
  it.each(pages.map((page) => [page.slug, page] as const))("%s", (slug, page) => {
    const result = measurePage(page.hast);
    console.log(`reading grade ${result.grade.toFixed(1)}  ${slug}  (${result.words} words, ${result.sentences} sentences)`);
    expect(result.words).toBeGreaterThan(200);
    expect(result.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("the measure tells hard text from plain text", () => {
    const plain = measure("Stay calm. Take a breath. Call for help if you need it. You are not alone.");
    const hard = measure(
      "Pharmacological interventions notwithstanding, comprehensive multidisciplinary rehabilitation necessitates individualized therapeutic considerations regarding comorbid psychiatric conditions.",
    );
    expect(plain.grade).toBeLessThan(4);
    expect(hard.grade).toBeGreaterThan(16);
  });
});

describe("our own words", () => {
  const tool = join(process.cwd(), "..", "shared", "tools", "verbatim-check.mjs");
  it("verbatim-check finds 0 copied stretches of 8+ words", () => {
    // Never skipped: without the tool this check would pass while guarding nothing.
    expect(existsSync(tool), `${tool} is missing`).toBe(true);
    let output = "";
    try {
      output = execFileSync("node", [tool], { encoding: "utf8" });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(output).toMatch(/^0 copied stretches/m);
  });
});
