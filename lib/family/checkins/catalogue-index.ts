import "server-only";
import { getCatalogue, type Catalogue } from "../../content";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";

export type CatalogueIndex = {
  signs: Map<string, { id: string; label: string; stageId: string; stageName: string }>;
  triggers: Map<string, { id: string; label: string; groupId: string; groupName: string }>;
};

const indexed = new Map<Locale, { catalogue: Catalogue; index: CatalogueIndex }>();

/**
 * Signs and triggers by id, with the stage or group each belongs to, in a language's catalogue
 * (the ids are the same in every language; only the words differ).
 */
export function catalogueIndex(locale: Locale = DEFAULT_LOCALE): CatalogueIndex {
  const catalogue = getCatalogue(locale);
  const known = indexed.get(locale);
  if (known?.catalogue === catalogue) return known.index;
  const index: CatalogueIndex = { signs: new Map(), triggers: new Map() };
  for (const stage of catalogue.stages) {
    for (const sign of stage.signs) index.signs.set(sign.id, { ...sign, stageId: stage.id, stageName: stage.name });
  }
  for (const group of catalogue.triggerGroups) {
    for (const trigger of group.triggers) index.triggers.set(trigger.id, { ...trigger, groupId: group.id, groupName: group.name });
  }
  indexed.set(locale, { catalogue, index });
  return index;
}
