import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import type { Root as HastRoot } from "hast";
import type { Catalogue } from "./catalogue";
import { ContentError, parseOrThrow } from "./errors";
import { renderMarkdown } from "./markdown";
import { frontmatterSchema, PAGE_SLUGS, pageSlug, type Frontmatter, type PageSlug, type Source } from "./schema";

export type Page = Frontmatter & {
  slug: PageSlug;
  sources: string[];
  sourceDetails: Source[];
  html: string;
  hast: HastRoot;
};

export function loadPages(contentDir: string, catalogue: Catalogue): Page[] {
  const dir = join(contentDir, "pages");
  const files = readdirSync(dir).filter((name) => name.endsWith(".md"));
  // Every page's frontmatter is checked before any page is rendered, so a broken page fails fast.
  const pages = files.map((name) => readPage(join(dir, name), catalogue)).map((page) => renderPage(page, catalogue));

  const problems: string[] = [];
  for (const slug of PAGE_SLUGS) {
    if (!pages.some((page) => page.slug === slug)) problems.push(`missing page ${slug}.md`);
  }
  const orders = new Map<number, string>();
  for (const page of pages) {
    const other = orders.get(page.order);
    if (other) problems.push(`${page.slug} and ${other} share order ${page.order}`);
    orders.set(page.order, page.slug);
  }
  if (problems.length) throw new ContentError(dir, problems);
  return pages.sort((a, b) => a.order - b.order);
}

type ReadPage = Omit<Page, "html" | "hast"> & { file: string; body: string };

function readPage(file: string, catalogue: Catalogue): ReadPage {
  const slugResult = pageSlug.safeParse(basename(file, ".md"));
  if (!slugResult.success) throw new ContentError(file, [`"${basename(file)}" is not a known page (see PAGE_SLUGS)`]);
  const slug = slugResult.data;

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentError(file, [`frontmatter: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const frontmatter = parseOrThrow(frontmatterSchema, parsed.data, file);

  const problems: string[] = [];
  const sourceDetails = frontmatter.sources.map((id) => {
    const source = catalogue.sources.find((s) => s.id === id);
    if (!source) problems.push(`sources: unknown source "${id}"`);
    return source;
  });
  if (frontmatter.related.includes(slug)) problems.push("related: a page cannot relate to itself");
  if (/^#\s/m.test(parsed.content)) problems.push("body: start at ## headings (the title is the page's h1)");
  if (!parsed.content.trim()) problems.push("body: empty");
  if (problems.length) throw new ContentError(file, problems);
  return { ...frontmatter, slug, sourceDetails: sourceDetails.filter((s): s is Source => Boolean(s)), file, body: parsed.content };
}

function renderPage({ file, body, ...page }: ReadPage, catalogue: Catalogue): Page {
  // The glossary page holds the definitions; its own words do not link back to itself.
  const { html, hast } = renderMarkdown(body, catalogue, file, { linkTerms: page.slug !== "glossary" });
  return { ...page, html, hast };
}
