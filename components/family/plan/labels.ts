import { partAnchor, partKey, type PlanPartId } from "./parts";

/**
 * The edit form's fields and their labels' message keys (PlanForm.labels), shared by the form and
 * its error summary.
 */
export const EMERGENCY_FIELDS = ["naloxoneLocation", "naloxoneWhoKnows", "naloxoneExpiry", "hospitalName", "hospitalAddress"] as const;
export const PERSON_FIELDS = ["name", "relationship", "phone", "whenToCall"] as const;
export const TREATMENT_FIELDS = ["name", "role", "phone", "notes"] as const;

export const OWN_WORDS_LABELS = {
  "signs.ownWords": "signsOwnWords",
  "triggers.ownWords": "triggersOwnWords",
  "responses.ownWords": "responsesOwnWords",
  "responses.avoidOwnWords": "responsesAvoidOwnWords",
} as const;

type LabelKey = (typeof EMERGENCY_FIELDS)[number] | (typeof PERSON_FIELDS)[number] | (typeof TREATMENT_FIELDS)[number] | (typeof OWN_WORDS_LABELS)[keyof typeof OWN_WORDS_LABELS];

/** The words describeField needs, in the reader's language. */
export type FieldWords = {
  label: (key: LabelKey) => string;
  part: (id: PlanPartId) => string;
  person: (number: number) => string;
  teamMember: (number: number) => string;
  fieldOfRow: (row: string, field: string) => string;
  stepOfPart: (part: string, number: number) => string;
  thisForm: string;
};

const has = <T extends readonly string[]>(list: T, value: string | undefined): value is T[number] => value !== undefined && list.includes(value);

/** Where an error on this form field is, in words, and the id to jump to. */
export function describeField(field: string, words: FieldWords): { label: string; href: string } {
  const parts = field.split(".");
  const [section, second, third] = parts;
  if (section === "emergency" && has(EMERGENCY_FIELDS, second)) {
    return { label: words.label(second), href: `#${field}` };
  }
  if (section === "people" || section === "treatment") {
    const part = section === "people" ? "people" : "treatment";
    if (second === undefined) return { label: words.part(part), href: `#${partAnchor(part)}` };
    const fields = section === "people" ? PERSON_FIELDS : TREATMENT_FIELDS;
    const who = section === "people" ? words.person(Number(second) + 1) : words.teamMember(Number(second) + 1);
    return { label: third ? words.fieldOfRow(who, has(fields, third) ? words.label(third) : third) : who, href: third ? `#${field}` : `#${partAnchor(part)}` };
  }
  if (section === "relapseSteps") {
    if (second === undefined) return { label: words.part("relapse"), href: `#${partAnchor("relapse")}` };
    return { label: words.stepOfPart(words.part("relapse"), Number(second) + 1), href: `#${field}` };
  }
  if (field in OWN_WORDS_LABELS) return { label: words.label(OWN_WORDS_LABELS[field as keyof typeof OWN_WORDS_LABELS]), href: `#${field}` };
  if (section === "signs" || section === "triggers" || section === "responses") {
    return { label: words.part(section), href: `#${groupAnchor(field)}` };
  }
  if (section === "boundaries" || section === "goals" || section === "aftercare") return { label: words.part(section), href: `#${field}` };
  return { label: words.thisForm, href: "#" };
}

/** The wrapper of a checkbox group, e.g. signs.mental → signs.mental-group. */
export const groupAnchor = (field: string) => `${field}-group`;

/** partKey for a translator of the Plan namespace. */
export { partKey };
