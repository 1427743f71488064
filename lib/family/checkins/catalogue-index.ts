import "server-only";
import { getCatalogue, type Catalogue } from "../../content";

export type CatalogueIndex = {
  signs: Map<string, { id: string; label: string; stageId: string; stageName: string }>;
  triggers: Map<string, { id: string; label: string; groupId: string; groupName: string }>;
};

let indexed: { catalogue: Catalogue; index: CatalogueIndex } | undefined;

/** Signs and triggers by id, with the stage or group each belongs to. */
export function catalogueIndex(): CatalogueIndex {
  const catalogue = getCatalogue();
  if (indexed?.catalogue !== catalogue) {
    const index: CatalogueIndex = { signs: new Map(), triggers: new Map() };
    for (const stage of catalogue.stages) {
      for (const sign of stage.signs) index.signs.set(sign.id, { ...sign, stageId: stage.id, stageName: stage.name });
    }
    for (const group of catalogue.triggerGroups) {
      for (const trigger of group.triggers) index.triggers.set(trigger.id, { ...trigger, groupId: group.id, groupName: group.name });
    }
    indexed = { catalogue, index };
  }
  return indexed.index;
}
