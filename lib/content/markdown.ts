import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkDirective from "remark-directive";
import remarkRehype from "remark-rehype";
import rehypeExternalLinks from "rehype-external-links";
import rehypeStringify from "rehype-stringify";
import { visit, SKIP } from "unist-util-visit";
import type { Root as MdastRoot, Heading, Text } from "mdast";
import type { Root as HastRoot } from "hast";
import type { Catalogue } from "./catalogue";
import { directives } from "./directives";

/** `## Emotional relapse {#emotional}` → an h2 with id="emotional" (stable anchors other pages link to). */
function headingIds() {
  return (tree: MdastRoot) => {
    visit(tree, "heading", (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== "text") return;
      const match = /\s*\{#([a-z0-9-]+)\}\s*$/.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties ?? {}), id: match[1] } };
    });
  };
}

/** Leaf directives become catalogue blocks; stray `:word` text stays text. */
function catalogueBlocks(options: { catalogue: Catalogue; file: string }) {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "leafDirective") {
        const render = directives[node.name];
        if (!render) throw new Error(`${options.file}: unknown directive ::${node.name}`);
        const attributes = Object.fromEntries(
          Object.entries(node.attributes ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
        );
        let element;
        try {
          element = render(attributes, options.catalogue);
        } catch (error) {
          throw new Error(`${options.file}: ${error instanceof Error ? error.message : String(error)}`);
        }
        node.data = { hName: element.tagName, hProperties: element.properties, hChildren: element.children };
        return SKIP;
      }
      if ((node.type === "textDirective" || node.type === "containerDirective") && parent && index !== undefined) {
        if (node.type === "containerDirective") throw new Error(`${options.file}: container directives are not supported (:::${node.name})`);
        const text: Text = { type: "text", value: `:${node.name}` };
        parent.children.splice(index, 1, text, ...(node.children as Text[]));
        return index + 1;
      }
    });
  };
}

export function renderMarkdown(markdown: string, catalogue: Catalogue, file: string): { html: string; hast: HastRoot } {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(headingIds)
    .use(catalogueBlocks, { catalogue, file })
    .use(remarkRehype)
    .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] });
  const hast = processor.runSync(processor.parse(markdown)) as HastRoot;
  const html = unified().use(rehypeStringify).stringify(hast);
  return { html, hast };
}
