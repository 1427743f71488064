// The Spanish half of `npm run grade`: the Fernández-Huerta score of every page under
// content/es/pages/ (decision 038: Spanish pages carry the English slugs). Each page is measured
// as a reader sees it: its catalogue blocks (::overdose-steps, ::signs...) are filled from the
// Spanish catalogue (content/es/catalogue/), as the English grade fills them from the English one.
// Without a Spanish catalogue the blocks are left out rather than filled with English text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { loadCatalogue, type Catalogue } from "../lib/content/catalogue";
import { renderMarkdown } from "../lib/content/markdown";
import { measureSpanishPage, type SpanishReadability } from "./lib/readability-es";

export type SpanishGrade = { slug: string; result: SpanishReadability };

/** null when there is no Spanish content yet (content/es/pages/ missing). */
export function gradeSpanishPages(contentDir: string): SpanishGrade[] | null {
  const dir = join(contentDir, "es", "pages");
  if (!existsSync(dir)) return null;
  // A broken Spanish catalogue fails here, as it fails the build.
  const catalogue = existsSync(join(contentDir, "es", "catalogue")) ? loadCatalogue(contentDir, "es") : undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { slug: basename(name, ".md"), result: measureSpanishPage(renderForGrading(readFileSync(file, "utf8"), file, catalogue)) };
    });
}

/** The Spanish catalogue's own blocks (the overdose steps, the signs, the glossary...), measured as one text. */
export function gradeSpanishCatalogue(contentDir: string): SpanishReadability | null {
  if (!existsSync(join(contentDir, "es", "catalogue"))) return null;
  const catalogue = loadCatalogue(contentDir, "es");
  const blocks = [
    ...catalogue.stages.flatMap((s) => [`::signs{stage="${s.id}"}`]),
    ...catalogue.triggerGroups.map((g) => `::triggers{group="${g.id}"}`),
    '::responses{kind="helpful"}',
    '::responses{kind="avoid"}',
    "::overdose-signs",
    "::overdose-steps",
    "::overdose-facts",
    "::crisis-contacts",
    "::glossary",
  ];
  return measureSpanishPage(renderMarkdown(blocks.join("\n\n"), catalogue, "the Spanish catalogue", { linkTerms: false }).hast);
}

function dropCatalogueBlocks() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "leafDirective" || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

function renderForGrading(source: string, file: string, catalogue: Catalogue | undefined): HastRoot {
  const body = matter(source).content;
  if (catalogue) return renderMarkdown(body, catalogue, file, { linkTerms: false }).hast;
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(dropCatalogueBlocks).use(remarkRehype);
  return processor.runSync(processor.parse(body)) as HastRoot;
}
