import { getCatalogue } from "../content";

// Words for the catalogue's ids (content/catalogue), for people to read: on paper, in the CSV.
// Retired items keep their label, so an old check-in or plan still reads well.

type Labels = { signs: Map<string, string>; triggers: Map<string, string>; stages: Map<string, string> };

let cached: { catalogue: ReturnType<typeof getCatalogue>; labels: Labels } | undefined;

function labels(): Labels {
  const catalogue = getCatalogue();
  if (cached?.catalogue === catalogue) return cached.labels;
  const made: Labels = {
    signs: new Map(catalogue.stages.flatMap((stage) => stage.signs.map((sign) => [sign.id, sign.label] as const))),
    triggers: new Map(catalogue.triggerGroups.flatMap((group) => group.triggers.map((trigger) => [trigger.id, trigger.label] as const))),
    stages: new Map(catalogue.stages.map((stage) => [stage.id, stage.name] as const)),
  };
  cached = { catalogue, labels: made };
  return made;
}

/** "Pulling away from family and friends" for "emotional.isolating"; an unknown id is shown as it is. */
export const signLabel = (id: string) => labels().signs.get(id) ?? id;
export const triggerLabel = (id: string) => labels().triggers.get(id) ?? id;
/** "Mental relapse" for "mental". */
export const stageName = (id: string) => labels().stages.get(id) ?? id;
