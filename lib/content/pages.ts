import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import type { Root as HastRoot } from "hast";
import { loadCatalogue, type Catalogue } from "./catalogue";
import { ContentError, parseOrThrow } from "./errors";
import { DEFAULT_LOCALE, localeContentDir, type Locale } from "./locale";
import { renderMarkdown } from "./markdown";
import { pageParityProblems } from "./parity";
import { frontmatterSchema, PAGE_SLUGS, pageSlug, type Frontmatter, type PageSlug, type Source } from "./schema";

export type Page = Frontmatter & {
  slug: PageSlug;
  /** The page's language: the catalogue's it was rendered with. */
  locale: Locale;
  sources: string[];
  sourceDetails: Source[];
  html: string;
  hast: HastRoot;
};

/**
 * The pages of the catalogue's language: content/pages/ for English, content/es/pages/ for Spanish
 * (same slugs). A translation must have every English page with the same order, sources, related
 * pages and anchors (lib/content/parity.ts); `english` passes the English pages when the caller
 * already has them.
 */
export function loadPages(contentDir: string, catalogue: Catalogue, options: { english?: Page[] } = {}): Page[] {
  const dir = join(localeContentDir(contentDir, catalogue.locale), "pages");
  if (!existsSync(dir)) throw new ContentError(dir, [`no pages in ${catalogue.locale}: every English page needs its translation here`]);
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
  if (catalogue.locale !== DEFAULT_LOCALE) {
    const english = options.english ?? loadPages(contentDir, loadCatalogue(contentDir, DEFAULT_LOCALE));
    const different = pageParityProblems(english, pages);
    if (different.length) throw new ContentError(dir, different);
  }
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
  return { ...frontmatter, slug, locale: catalogue.locale, sourceDetails: sourceDetails.filter((s): s is Source => Boolean(s)), file, body: parsed.content };
}

function renderPage({ file, body, ...page }: ReadPage, catalogue: Catalogue): Page {
  // The glossary page holds the definitions; its own words do not link back to itself.
  const { html, hast } = renderMarkdown(body, catalogue, file, { linkTerms: page.slug !== "glossary" });
  return { ...page, html, hast };
}
