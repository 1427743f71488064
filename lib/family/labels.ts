import { getCatalogue } from "../content";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

// Words for the catalogue's ids (content/catalogue, content/es/catalogue), for people to read: on
// paper, in the CSV, on the dashboard, in the reader's language (English unless told).
// Retired items keep their label, so an old check-in or plan still reads well.

type Labels = { signs: Map<string, string>; triggers: Map<string, string>; stages: Map<string, string> };

const cached = new Map<Locale, { catalogue: ReturnType<typeof getCatalogue>; labels: Labels }>();

function labels(locale: Locale): Labels {
  const catalogue = getCatalogue(locale);
  const known = cached.get(locale);
  if (known?.catalogue === catalogue) return known.labels;
  const made: Labels = {
    signs: new Map(catalogue.stages.flatMap((stage) => stage.signs.map((sign) => [sign.id, sign.label] as const))),
    triggers: new Map(catalogue.triggerGroups.flatMap((group) => group.triggers.map((trigger) => [trigger.id, trigger.label] as const))),
    stages: new Map(catalogue.stages.map((stage) => [stage.id, stage.name] as const)),
  };
  cached.set(locale, { catalogue, labels: made });
  return made;
}

/**
 * The three label functions in a language. Each takes the id alone, so it can be passed to
 * `.map()` as it is (a second argument would be the index).
 */
export function labelsIn(locale: Locale) {
  return {
    signLabel: (id: string) => labels(locale).signs.get(id) ?? id,
    triggerLabel: (id: string) => labels(locale).triggers.get(id) ?? id,
    stageName: (id: string) => labels(locale).stages.get(id) ?? id,
  };
}

const english = labelsIn(DEFAULT_LOCALE);
/** "Pulling away from family and friends" for "emotional.isolating"; an unknown id is shown as it is. */
export const signLabel = english.signLabel;
export const triggerLabel = english.triggerLabel;
/** "Mental relapse" for "mental". */
export const stageName = english.stageName;
