import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkDirective from "remark-directive";
import remarkRehype from "remark-rehype";
import rehypeExternalLinks from "rehype-external-links";
import rehypeStringify from "rehype-stringify";
import { visit, SKIP } from "unist-util-visit";
import type { Root as MdastRoot, Heading, Text } from "mdast";
import type { Element, Root as HastRoot } from "hast";
import type { Catalogue } from "./catalogue";
import { directives } from "./directives";
import { linkGlossaryTerms } from "./glossary-links";

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

/**
 * Container directives and the class of the <div> each becomes: :::do and :::dont wrap a list of
 * things to do and not to do (ticks and crosses); :::act-now is the block that acts first on
 * /right-now and on the family's own "right now" page (lib/content/right-now.ts).
 */
const CONTAINERS: Record<string, string> = { do: "do-list", dont: "dont-list", "act-now": "act-now" };

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
      if (node.type === "containerDirective") {
        const className = Object.hasOwn(CONTAINERS, node.name) ? CONTAINERS[node.name] : undefined;
        if (!className) throw new Error(`${options.file}: unknown container directive :::${node.name}`);
        node.data = { hName: "div", hProperties: { className: [className] } };
        return;
      }
      if (node.type === "textDirective" && parent && index !== undefined) {
        const text: Text = { type: "text", value: `:${node.name}` };
        parent.children.splice(index, 1, text, ...(node.children as Text[]));
        return index + 1;
      }
    });
  };
}

/**
 * Each h2 and what follows it becomes a <section> labelled by its heading, so a long page reads as
 * separate steps (and can be styled one step per screen).
 */
function sectionize() {
  return (tree: HastRoot) => {
    const out: HastRoot["children"] = [];
    let current: Element | undefined;
    for (const node of tree.children) {
      if (node.type === "element" && node.tagName === "h2") {
        const id = node.properties?.id;
        const section: Element = { type: "element", tagName: "section", properties: id ? { ariaLabelledBy: [String(id)] } : {}, children: [node] };
        current = section;
        out.push(section);
      } else if (current) {
        current.children.push(node as Element);
      } else {
        out.push(node);
      }
    }
    tree.children = out;
  };
}

export function renderMarkdown(
  markdown: string,
  catalogue: Catalogue,
  file: string,
  options: { linkTerms?: boolean } = {},
): { html: string; hast: HastRoot } {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(headingIds)
    .use(catalogueBlocks, { catalogue, file })
    .use(remarkRehype)
    .use(options.linkTerms === false ? [] : [[linkGlossaryTerms, catalogue.glossary, catalogue.locale]])
    .use(sectionize)
    .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] });
  const hast = processor.runSync(processor.parse(markdown)) as HastRoot;
  const html = unified().use(rehypeStringify).stringify(hast);
  return { html, hast };
}
