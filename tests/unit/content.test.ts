import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/catalogue";
import { loadPages } from "@/lib/content/pages";
import { ContentError } from "@/lib/content/errors";
import { PAGE_SLUGS } from "@/lib/content/schema";

const CONTENT = join(process.cwd(), "content");
const copies: string[] = [];

/** A private copy of content/ to break on purpose. */
function copyContent() {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  cpSync(CONTENT, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

const load = (dir: string) => loadPages(dir, loadCatalogue(dir));

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

afterEach(() => {
  while (copies.length) rmSync(copies.pop()!, { recursive: true, force: true });
});

describe("the real content", () => {
  const catalogue = loadCatalogue(CONTENT);
  const pages = loadPages(CONTENT, catalogue);

  it("has every page, in a unique order", () => {
    expect(pages.map((p) => p.slug).sort()).toEqual([...PAGE_SLUGS].sort());
  });

  it("has the three stages and four trigger groups with signs and triggers", () => {
    expect(catalogue.stages.map((s) => s.id)).toEqual(["emotional", "mental", "physical"]);
    expect(catalogue.triggerGroups.map((g) => g.id).sort()).toEqual(["emotional", "environmental", "physical", "social"]);
    for (const stage of catalogue.stages) expect(stage.signs.length).toBeGreaterThanOrEqual(4);
    for (const group of catalogue.triggerGroups) expect(group.triggers.length).toBeGreaterThanOrEqual(4);
  });

  it("carries the anchors that catalogue links point to", () => {
    const html = (slug: string) => pages.find((p) => p.slug === slug)!.html;
    for (const stage of catalogue.stages) expect(html("stages-of-relapse")).toContain(`id="${stage.id}"`);
    for (const group of catalogue.triggerGroups) expect(html("triggers")).toContain(`id="${group.id}"`);
    expect(html("responding-to-relapse")).toContain('id="helpful"');
    expect(html("responding-to-relapse")).toContain('id="avoid"');
  });

  it("renders catalogue blocks from the catalogue's own words", () => {
    const overdose = pages.find((p) => p.slug === "overdose-and-naloxone")!.html;
    for (const step of catalogue.overdose.steps) expect(overdose).toContain(step.title);
    const stages = pages.find((p) => p.slug === "stages-of-relapse")!.html;
    for (const sign of catalogue.stages[0]!.signs) expect(stages).toContain(sign.label.replaceAll("'", "&#x27;").replaceAll('"', "&#x22;"));
  });

  it("links related pages that exist and cites known sources", () => {
    for (const page of pages) {
      expect(page.sourceDetails.length).toBe(page.sources.length);
      for (const slug of page.related) expect(PAGE_SLUGS).toContain(slug);
    }
  });
});

describe("invalid content is rejected", () => {
  it("a page with broken frontmatter", () => {
    const dir = copyContent();
    edit(join(dir, "pages/triggers.md"), (t) => t.replace(/^title: .*$/m, "title: ''"));
    expect(() => load(dir)).toThrow(ContentError);
    expect(() => load(dir)).toThrow(/triggers\.md[\s\S]*title/);
  });

  it("a page missing its sources", () => {
    const dir = copyContent();
    edit(join(dir, "pages/triggers.md"), (t) => t.replace(/^sources:.*$/m, "sources: [no-such-source]"));
    expect(() => load(dir)).toThrow(/unknown source "no-such-source"/);
  });

  it("a page related to a page that does not exist", () => {
    const dir = copyContent();
    edit(join(dir, "pages/triggers.md"), (t) => t.replace(/^related:.*$/m, "related: [nowhere]"));
    expect(() => load(dir)).toThrow(ContentError);
  });

  it("a duplicate catalogue id", () => {
    const dir = copyContent();
    const file = join(dir, "catalogue/stages.json");
    const stages = JSON.parse(readFileSync(file, "utf8"));
    stages.stages[0].signs.push({ ...stages.stages[0].signs[0] });
    writeFileSync(file, JSON.stringify(stages));
    expect(() => loadCatalogue(dir)).toThrow(/duplicate id/);
  });

  it("a sign filed under the wrong stage", () => {
    const dir = copyContent();
    const file = join(dir, "catalogue/stages.json");
    const stages = JSON.parse(readFileSync(file, "utf8"));
    stages.stages[0].signs.push({ id: "physical.misfiled", label: "Misfiled" });
    writeFileSync(file, JSON.stringify(stages));
    expect(() => loadCatalogue(dir)).toThrow(/must start with "emotional\."/);
  });

  it("an unknown directive or an unknown stage in a directive", () => {
    const dir = copyContent();
    edit(join(dir, "pages/triggers.md"), (t) => `${t}\n\n::nonsense\n`);
    expect(() => load(dir)).toThrow(/unknown directive ::nonsense/);
    const other = copyContent();
    edit(join(other, "pages/triggers.md"), (t) => `${t}\n\n::signs{stage="spiritual"}\n`);
    expect(() => load(other)).toThrow(/::signs needs one of/);
  });

  it("a crisis number that is not dialable", () => {
    const dir = copyContent();
    edit(join(dir, "catalogue/crisis.json"), (t) => t.replace('"dial": "911"', '"dial": "nine-one-one"'));
    expect(() => loadCatalogue(dir)).toThrow(/dial/);
  });
});
