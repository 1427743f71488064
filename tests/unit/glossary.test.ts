import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Root as HastRoot, RootContent } from "hast";
import { loadCatalogue } from "@/lib/content/catalogue";
import { loadPages } from "@/lib/content/pages";
import { renderMarkdown } from "@/lib/content/markdown";
import { glossaryMatchers } from "@/lib/content/glossary-links";
import { glossaryAnchor, glossaryPath } from "@/lib/content/links";

const CONTENT = join(process.cwd(), "content");
const catalogue = loadCatalogue(CONTENT);
const pages = loadPages(CONTENT, catalogue);
const glossaryPage = pages.find((p) => p.slug === "glossary")!;

/** The words a reader could tap: body text outside headings and outside links. */
function readableText(tree: HastRoot): string {
  const parts: string[] = [];
  const walk = (node: HastRoot | RootContent) => {
    if (node.type === "text") parts.push(node.value);
    if (node.type === "element" && (/^h[1-6]$/.test(node.tagName) || node.tagName === "a")) return;
    if ("children" in node) node.children.forEach((child) => walk(child as RootContent));
  };
  walk(tree);
  return parts.join(" ");
}

describe("glossary", () => {
  it("defines the words the guide leans on", () => {
    const terms = catalogue.glossary.map((t) => [t.term, ...(t.also ?? [])].join("|").toLowerCase()).join("\n");
    for (const word of ["naloxone", "rescue breaths", "level of care", "iop", "12-step", "sponsor", "sober living", "peer recovery coach", "moud", "tolerance", "withdrawal", "harm reduction", "release of information", "craft"]) {
      expect(terms, word).toContain(word);
    }
  });

  it("the glossary page carries an anchor for every term", () => {
    for (const term of catalogue.glossary) expect(glossaryPage.html).toContain(`id="${glossaryAnchor(term.id)}"`);
  });

  it.each(pages.filter((p) => p.slug !== "glossary").map((p) => [p.slug, p] as const))(
    "%s links every glossary word it uses to its definition",
    (_slug, page) => {
      for (const { term, pattern } of glossaryMatchers(catalogue.glossary)) {
        if (!pattern.test(readableText(page.hast)) && !page.html.includes(`href="${glossaryPath(term.id)}"`)) continue;
        expect(page.html, `${term.term} on ${page.slug}`).toContain(`href="${glossaryPath(term.id)}"`);
      }
    },
  );

  it("links terms across the guide (the check above is not empty)", () => {
    const links = pages.reduce((sum, page) => sum + (page.html.match(/class="term"/g)?.length ?? 0), 0);
    console.log(`${links} glossary links across ${pages.length - 1} pages`);
    expect(links).toBeGreaterThan(100);
  });

  it("naloxone is explained where a panicking parent first meets it", () => {
    const rightNow = pages.find((p) => p.slug === "right-now")!;
    expect(rightNow.html).toContain(`href="${glossaryPath("naloxone")}"`);
  });

  it("links only the first use, never inside headings or other links", () => {
    const html = renderMarkdown("## Naloxone\n\nGive [naloxone](/x). Naloxone helps. Naloxone again.", catalogue, "test").html;
    expect(html).toContain("<h2>Naloxone</h2>");
    expect(html).toContain('<a href="/x">naloxone</a>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain(`<a href="${glossaryPath("naloxone")}" class="term">Naloxone</a> helps. Naloxone again.`);
  });

  it("prefers the longer phrase and whole words", () => {
    const html = renderMarkdown("Ask about opioid use disorder. A sponsorship is not a sponsor.", catalogue, "test").html;
    expect(html).toContain(`<a href="${glossaryPath("opioid-use-disorder")}" class="term">opioid use disorder</a>`);
    expect(html).toContain(`A sponsorship is not a <a href="${glossaryPath("sponsor")}" class="term">sponsor</a>.`);
  });
});
