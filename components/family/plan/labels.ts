import { partAnchor, partTitle } from "./parts";

/** Labels of the edit form's fields, shared by the form and its error summary. */
export const EMERGENCY_LABELS = {
  naloxoneLocation: "Where the naloxone is kept",
  naloxoneWhoKnows: "Who knows how to use it",
  naloxoneExpiry: "Expiry date on the box",
  hospitalName: "Nearest emergency room",
  hospitalAddress: "Its address",
} as const;

export const PERSON_LABELS = { name: "Name", relationship: "How they know your family", phone: "Phone", whenToCall: "When to call them" } as const;
export const TREATMENT_LABELS = { name: "Name", role: "Role", phone: "Phone", notes: "Notes" } as const;

export const OWN_WORDS_LABELS: Record<string, string> = {
  "signs.ownWords": "Other signs, in your own words",
  "triggers.ownWords": "Other triggers, in your own words",
  "responses.ownWords": "What we will do, in your own words",
  "responses.avoidOwnWords": "What we will not do, in your own words",
};

/** Where an error on this form field is, in words, and the id to jump to. */
export function describeField(field: string): { label: string; href: string } {
  const parts = field.split(".");
  const [section, second, third] = parts;
  if (section === "emergency" && second && second in EMERGENCY_LABELS) {
    return { label: EMERGENCY_LABELS[second as keyof typeof EMERGENCY_LABELS], href: `#${field}` };
  }
  if (section === "people" || section === "treatment") {
    const part = section === "people" ? "people" : "treatment";
    if (second === undefined) return { label: partTitle(part), href: `#${partAnchor(part)}` };
    const labels: Record<string, string> = section === "people" ? PERSON_LABELS : TREATMENT_LABELS;
    const who = section === "people" ? `Person ${Number(second) + 1}` : `Team member ${Number(second) + 1}`;
    return { label: third ? `${who}: ${labels[third] ?? third}` : who, href: third ? `#${field}` : `#${partAnchor(part)}` };
  }
  if (section === "relapseSteps") {
    if (second === undefined) return { label: partTitle("relapse"), href: `#${partAnchor("relapse")}` };
    return { label: `${partTitle("relapse")}, step ${Number(second) + 1}`, href: `#${field}` };
  }
  if (field in OWN_WORDS_LABELS) return { label: OWN_WORDS_LABELS[field]!, href: `#${field}` };
  if (section === "signs" || section === "triggers" || section === "responses") {
    return { label: partTitle(section), href: `#${groupAnchor(field)}` };
  }
  if (section === "boundaries" || section === "goals" || section === "aftercare") return { label: partTitle(section), href: `#${field}` };
  return { label: "This form", href: "#" };
}

/** The wrapper of a checkbox group, e.g. signs.mental → signs.mental-group. */
export const groupAnchor = (field: string) => `${field}-group`;
