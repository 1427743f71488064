import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError, parseOrThrow } from "./errors";
import {
  crisisSchema,
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
  stages: Stage[];
  triggerGroups: TriggerGroup[];
  responses: Responses;
  overdose: Overdose;
  crisis: { region: string; reviewed: string; contacts: CrisisContact[] };
  sources: Source[];
};

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
  if (problems.length) throw new ContentError(join(dir, "catalogue"), problems);
}

export function loadCatalogue(contentDir: string): Catalogue {
  const file = (name: string) => join(contentDir, "catalogue", name);
  const crisis = parseOrThrow(crisisSchema, readJson(file("crisis.json")), file("crisis.json"));
  const catalogue: Catalogue = {
    stages: parseOrThrow(stagesSchema, readJson(file("stages.json")), file("stages.json")).stages,
    triggerGroups: parseOrThrow(triggersSchema, readJson(file("triggers.json")), file("triggers.json")).groups,
    responses: parseOrThrow(responsesSchema, readJson(file("responses.json")), file("responses.json")),
    overdose: parseOrThrow(overdoseSchema, readJson(file("overdose.json")), file("overdose.json")),
    crisis,
    sources: parseOrThrow(sourcesSchema, readJson(join(contentDir, "sources.json")), join(contentDir, "sources.json")).sources,
  };
  assertUniqueIds(catalogue, contentDir);
  return catalogue;
}
