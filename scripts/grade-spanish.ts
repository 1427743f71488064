// The Spanish half of `npm run grade`: the Fernández-Huerta score of every page under
// content/es/pages/ (decision 038: Spanish pages carry the English slugs). Until the Spanish
// catalogue exists, a page is measured on its own Markdown: catalogue blocks (::overdose-steps...)
// are left out rather than filled with English text, and :::do/:::dont lists are kept.
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
import { measureSpanishPage, type SpanishReadability } from "./lib/readability-es";

export type SpanishGrade = { slug: string; result: SpanishReadability };

/** null when there is no Spanish content yet (content/es/pages/ missing). */
export function gradeSpanishPages(contentDir: string): SpanishGrade[] | null {
  const dir = join(contentDir, "es", "pages");
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({ slug: basename(name, ".md"), result: measureSpanishPage(renderForGrading(readFileSync(join(dir, name), "utf8"))) }));
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

function renderForGrading(file: string): HastRoot {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(dropCatalogueBlocks).use(remarkRehype);
  return processor.runSync(processor.parse(matter(file).content)) as HastRoot;
}
