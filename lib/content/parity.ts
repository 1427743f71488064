import type { Element, Root as HastRoot, RootContent } from "hast";
import type { Catalogue } from "./catalogue";
import { ContentError } from "./errors";
import type { Page } from "./pages";

/**
 * Every language says the same thing (issue 18, item 6). A translated catalogue or page set is
 * checked against the English one when it is loaded, so a gap fails the build like any other
 * content error, and nothing is ever filled in with English:
 * - the catalogue: the same ids in the same order in every list, the same numbers (crisis numbers,
 *   dial and text strings, and every figure written in a text: "2 to 3 minutes" must read "2 a 3
 *   minutos"), the same flags (inStrip, retired, replacedBy), and no text left in English;
 * - the pages: every page, with the same order, sources and related pages, and the same anchors
 *   (links from plans, reading lists and other pages land on them).
 */

/** The figures written in a text: "1-800-487-4889", "911", "2", "30". */
export const figuresIn = (text: string): string[] => [...new Set(text.match(/\d+(?:[-.,:/]\d+)*/g) ?? [])].sort();

/** A text copied unchanged from English: more than a name (three words or more). */
const untranslated = (english: string, translated: string) => english === translated && english.trim().split(/\s+/).length >= 3;

type Problems = string[];

function sameList<T extends { id: string }>(problems: Problems, where: string, english: T[], translated: T[], each: (en: T, tr: T, at: string) => void) {
  const ids = new Set(translated.map((entry) => entry.id));
  const englishIds = new Set(english.map((entry) => entry.id));
  for (const entry of english) if (!ids.has(entry.id)) problems.push(`${where}: "${entry.id}" is missing (every English entry needs its translation)`);
  for (const entry of translated) if (!englishIds.has(entry.id)) problems.push(`${where}: "${entry.id}" is not in the English catalogue`);
  const inBoth = (list: T[], other: Set<string>) => list.map((entry) => entry.id).filter((id) => other.has(id));
  if (inBoth(english, ids).join() !== inBoth(translated, englishIds).join()) problems.push(`${where}: the entries are not in the English order`);
  for (const tr of translated) {
    const en = english.find((entry) => entry.id === tr.id);
    if (en) each(en, tr, `${where} "${tr.id}"`);
  }
}

/**
 * A text field: present, not English, and with the same figures. `moreFigures` lets a translation
 * add a figure the English does not need (988's Spanish line: "marque 2 para español").
 */
function sameText(problems: Problems, at: string, field: string, english: string, translated: string, options: { moreFigures?: boolean; mayMatch?: boolean } = {}) {
  if (!translated.trim()) {
    problems.push(`${at}: ${field} is empty`);
    return;
  }
  if (!options.mayMatch && untranslated(english, translated)) problems.push(`${at}: ${field} is still the English text`);
  const en = figuresIn(english);
  const tr = figuresIn(translated);
  const missing = en.filter((figure) => !tr.includes(figure));
  const extra = tr.filter((figure) => !en.includes(figure));
  if (missing.length) problems.push(`${at}: ${field} lacks the figure(s) ${missing.join(", ")} of the English`);
  if (extra.length && !options.moreFigures) problems.push(`${at}: ${field} has figure(s) ${extra.join(", ")} that the English does not`);
}

function sameValue(problems: Problems, at: string, field: string, english: unknown, translated: unknown) {
  if (english !== translated) problems.push(`${at}: ${field} must be ${JSON.stringify(english)} as in English (is ${JSON.stringify(translated)})`);
}

function sameTexts(problems: Problems, at: string, field: string, english: string[], translated: string[]) {
  if (english.length !== translated.length) problems.push(`${at}: ${field} has ${translated.length} items, the English ${english.length}`);
  english.forEach((text, i) => {
    if (translated[i] !== undefined) sameText(problems, at, `${field}[${i}]`, text, translated[i]);
  });
}

const retirement = (problems: Problems, at: string, en: { retired?: true; replacedBy?: string }, tr: { retired?: true; replacedBy?: string }) => {
  sameValue(problems, at, "retired", en.retired, tr.retired);
  sameValue(problems, at, "replacedBy", en.replacedBy, tr.replacedBy);
};

export function catalogueParityProblems(english: Catalogue, translated: Catalogue): string[] {
  const problems: Problems = [];

  sameList(problems, "stages.json", english.stages, translated.stages, (en, tr, at) => {
    sameText(problems, at, "name", en.name, tr.name);
    sameText(problems, at, "summary", en.summary, tr.summary);
    sameTexts(problems, at, "familyCanDo", en.familyCanDo, tr.familyCanDo);
    sameList(problems, `${at} signs`, en.signs, tr.signs, (s, t, where) => {
      sameText(problems, where, "label", s.label, t.label);
      retirement(problems, where, s, t);
    });
  });

  sameList(problems, "triggers.json", english.triggerGroups, translated.triggerGroups, (en, tr, at) => {
    sameText(problems, at, "name", en.name, tr.name);
    sameText(problems, at, "summary", en.summary, tr.summary);
    sameTexts(problems, at, "howToHelp", en.howToHelp, tr.howToHelp);
    sameList(problems, `${at} triggers`, en.triggers, tr.triggers, (s, t, where) => {
      sameText(problems, where, "label", s.label, t.label);
      retirement(problems, where, s, t);
    });
  });

  for (const kind of ["helpful", "avoid"] as const) {
    sameList(problems, `responses.json ${kind}`, english.responses[kind], translated.responses[kind], (en, tr, at) => {
      sameText(problems, at, "label", en.label, tr.label);
      sameText(problems, at, "why", en.why, tr.why);
      retirement(problems, at, en, tr);
    });
  }

  sameList(problems, "overdose.json signs", english.overdose.signs, translated.overdose.signs, (en, tr, at) => {
    sameText(problems, at, "label", en.label, tr.label);
    retirement(problems, at, en, tr);
  });
  sameText(problems, "overdose.json", "ifUnsure", english.overdose.ifUnsure, translated.overdose.ifUnsure);
  sameList(problems, "overdose.json steps", english.overdose.steps, translated.overdose.steps, (en, tr, at) => {
    sameText(problems, at, "title", en.title, tr.title);
    sameText(problems, at, "detail", en.detail, tr.detail);
  });
  sameList(problems, "overdose.json facts", english.overdose.facts, translated.overdose.facts, (en, tr, at) => {
    sameText(problems, at, "text", en.text, tr.text);
  });

  sameValue(problems, "crisis.json", "reviewed", english.crisis.reviewed, translated.crisis.reviewed);
  sameText(problems, "crisis.json", "region", english.crisis.region, translated.crisis.region, { mayMatch: true });
  sameList(problems, "crisis.json", english.crisis.contacts, translated.crisis.contacts, (en, tr, at) => {
    for (const field of ["number", "dial", "text", "inStrip"] as const) sameValue(problems, at, field, en[field], tr[field]);
    // Names may stay as they are (Never Use Alone); the words of when to call may add a figure.
    sameText(problems, at, "name", en.name, tr.name, { mayMatch: true, moreFigures: true });
    sameText(problems, at, "short", en.short, tr.short, { mayMatch: true });
    sameText(problems, at, "when", en.when, tr.when, { moreFigures: true });
  });

  sameList(problems, "glossary.json", english.glossary, translated.glossary, (en, tr, at) => {
    sameText(problems, at, "term", en.term, tr.term, { mayMatch: true });
    sameText(problems, at, "definition", en.definition, tr.definition);
  });

  return problems;
}

export function assertCatalogueParity(english: Catalogue, translated: Catalogue, where: string) {
  const problems = catalogueParityProblems(english, translated);
  if (problems.length) throw new ContentError(where, problems.map((p) => `${p} (${translated.locale})`));
}

/** Every id a page carries (headings, catalogue items, glossary terms), except the glossary's letter index, which follows each language's words. */
export function pageAnchors(tree: HastRoot): string[] {
  const ids = new Set<string>();
  const walk = (node: HastRoot | RootContent) => {
    if (node.type === "element") {
      const id = (node as Element).properties?.id;
      if (typeof id === "string" && !/^letter-/.test(id)) ids.add(id);
    }
    if ("children" in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree);
  return [...ids].sort();
}

export function pageParityProblems(english: Page[], translated: Page[]): string[] {
  const problems: Problems = [];
  for (const en of english) {
    const tr = translated.find((page) => page.slug === en.slug);
    if (!tr) {
      problems.push(`missing page ${en.slug}.md`);
      continue;
    }
    if (tr.order !== en.order) problems.push(`${en.slug}.md: order must be ${en.order} as in English (is ${tr.order})`);
    if (tr.sources.join() !== en.sources.join()) problems.push(`${en.slug}.md: sources must be [${en.sources.join(", ")}] as in English`);
    if (tr.related.join() !== en.related.join()) problems.push(`${en.slug}.md: related must be [${en.related.join(", ")}] as in English`);
    const enAnchors = pageAnchors(en.hast);
    const trAnchors = pageAnchors(tr.hast);
    const missing = enAnchors.filter((id) => !trAnchors.includes(id));
    const extra = trAnchors.filter((id) => !enAnchors.includes(id));
    if (missing.length) problems.push(`${en.slug}.md: lacks the anchor(s) ${missing.map((id) => `#${id}`).join(", ")} of the English page`);
    if (extra.length) {
      problems.push(`${en.slug}.md: has anchor(s) ${extra.map((id) => `#${id}`).join(", ")} that the English page does not (remove the {#…} or give the English heading the same one)`);
    }
  }
  for (const tr of translated) if (!english.some((page) => page.slug === tr.slug)) problems.push(`${tr.slug}.md has no English page`);
  return problems;
}
