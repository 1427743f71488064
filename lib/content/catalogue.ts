import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError, parseOrThrow } from "./errors";
import { DEFAULT_LOCALE, localeContentDir, type Locale } from "./locale";
import { assertCatalogueParity } from "./parity";
import {
  crisisSchema,
  glossarySchema,
  type GlossaryTerm,
  overdoseSchema,
  responsesSchema,
  sourcesSchema,
  stagesSchema,
  triggersSchema,
  type CrisisContact,
  type Overdose,
  type Responses,
  type Source,
  type Stage,
  type TriggerGroup,
} from "./schema";

export type Catalogue = {
  /** The language of every text below; directives and glossary links render in it. */
  locale: Locale;
  stages: Stage[];
  triggerGroups: TriggerGroup[];
  responses: Responses;
  overdose: Overdose;
  crisis: { region: string; reviewed: string; contacts: CrisisContact[] };
  sources: Source[];
  glossary: GlossaryTerm[];
};

/** What a form or a guide page offers today: retired items stay only so stored entries still read. */
export function offered<T extends { retired?: true }>(items: T[]): T[] {
  return items.filter((item) => !item.retired);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentError(file, [error instanceof Error ? error.message : String(error)]);
  }
}

/** Ids that check-ins and plans store must be unique across the whole catalogue. */
function assertUniqueIds(catalogue: Catalogue, dir: string) {
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`duplicate id "${id}" (${where})`);
    seen.add(id);
  };
  for (const stage of catalogue.stages) {
    check(`stage:${stage.id}`, "stages");
    for (const sign of stage.signs) {
      check(sign.id, `stage ${stage.id}`);
      if (!sign.id.startsWith(`${stage.id}.`)) problems.push(`sign id "${sign.id}" must start with "${stage.id}."`);
    }
  }
  for (const group of catalogue.triggerGroups) {
    check(`trigger-group:${group.id}`, "triggers");
    for (const trigger of group.triggers) {
      check(`trigger:${trigger.id}`, `trigger group ${group.id}`);
      if (!trigger.id.startsWith(`${group.id}.`)) problems.push(`trigger id "${trigger.id}" must start with "${group.id}."`);
    }
  }
  for (const r of catalogue.responses.helpful) {
    check(r.id, "responses.helpful");
    if (!r.id.startsWith("help.")) problems.push(`helpful response id "${r.id}" must start with "help."`);
  }
  for (const r of catalogue.responses.avoid) {
    check(r.id, "responses.avoid");
    if (!r.id.startsWith("avoid.")) problems.push(`response-to-avoid id "${r.id}" must start with "avoid."`);
  }
  for (const o of [...catalogue.overdose.signs, ...catalogue.overdose.steps, ...catalogue.overdose.facts]) check(o.id, "overdose");
  for (const c of catalogue.crisis.contacts) check(`crisis:${c.id}`, "crisis");
  for (const s of catalogue.sources) check(`source:${s.id}`, "sources");
  for (const t of catalogue.glossary) check(`glossary:${t.id}`, "glossary");
  const replaceable = [
    ...catalogue.stages.map((stage) => stage.signs),
    ...catalogue.triggerGroups.map((group) => group.triggers),
    catalogue.responses.helpful,
    catalogue.responses.avoid,
  ];
  for (const list of replaceable) {
    for (const entry of list) {
      if (entry.replacedBy && !entry.retired) problems.push(`"${entry.id}" has replacedBy but is not retired`);
      if (entry.replacedBy && !offered(list).some((other) => other.id === entry.replacedBy)) {
        problems.push(`"${entry.id}" is replaced by "${entry.replacedBy}", which is not an offered item of the same list`);
      }
    }
    if (offered(list).length === 0) problems.push(`a list holds only retired items (${list.map((e) => e.id).join(", ")})`);
  }
  if (problems.length) throw new ContentError(join(dir, "catalogue"), problems);
}

/**
 * The catalogue of one language. English is content/catalogue/; Spanish is content/es/catalogue/,
 * checked by the same schemas and then against the English one (lib/content/parity.ts): the same
 * ids in the same order, the same numbers and flags, and every text in Spanish. A missing or
 * untranslated Spanish text fails here, as any other content error does: nothing falls back to English.
 */
export function loadCatalogue(contentDir: string, locale: Locale = DEFAULT_LOCALE): Catalogue {
  const dir = localeContentDir(contentDir, locale);
  const file = (name: string) => join(dir, "catalogue", name);
  const crisis = parseOrThrow(crisisSchema, readJson(file("crisis.json")), file("crisis.json"));
  const catalogue: Catalogue = {
    locale,
    stages: parseOrThrow(stagesSchema, readJson(file("stages.json")), file("stages.json")).stages,
    triggerGroups: parseOrThrow(triggersSchema, readJson(file("triggers.json")), file("triggers.json")).groups,
    responses: parseOrThrow(responsesSchema, readJson(file("responses.json")), file("responses.json")),
    overdose: parseOrThrow(overdoseSchema, readJson(file("overdose.json")), file("overdose.json")),
    crisis,
    sources: parseOrThrow(sourcesSchema, readJson(join(contentDir, "sources.json")), join(contentDir, "sources.json")).sources,
    glossary: parseOrThrow(glossarySchema, readJson(file("glossary.json")), file("glossary.json")).terms,
  };
  assertUniqueIds(catalogue, dir);
  if (locale !== DEFAULT_LOCALE) assertCatalogueParity(loadCatalogue(contentDir, DEFAULT_LOCALE), catalogue, join(dir, "catalogue"));
  return catalogue;
}
