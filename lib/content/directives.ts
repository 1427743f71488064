import { h } from "hastscript";
import type { Element } from "hast";
import { offered, type Catalogue } from "./catalogue";
import { glossaryAnchor } from "./links";
import { guidedPause, recoveryPositionFigure } from "./figures";
import { telHref, smsHref } from "./links";
import { contentStrings } from "./strings";

/**
 * Catalogue blocks placed in Markdown with leaf directives (docs/content-format.md). The words live
 * in content/catalogue, so a sign or a step reads the same on every page that shows it.
 */
export type DirectiveRenderer = (attributes: Record<string, string>, catalogue: Catalogue) => Element;

const labelledList = (items: { id: string; label: string }[], className: string) =>
  h(
    "ul",
    { className },
    items.map((item) => h("li", { id: item.id.replaceAll(".", "-") }, item.label)),
  );

const withWhy = (items: { id: string; label: string; why: string }[], className: string) =>
  h(
    "ul",
    { className },
    items.map((item) => h("li", { id: item.id.replaceAll(".", "-") }, [h("strong", item.label), " ", item.why])),
  );

function required<T extends { id: string }>(list: T[], id: string | undefined, directive: string): T {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`::${directive} needs one of: ${list.map((e) => e.id).join(", ")} (got "${id ?? ""}")`);
  return found;
}

/**
 * The glossary, one list per first letter, under a row of letter links (a page 11 screens long on
 * a phone; issue 17, item 9). Plain anchors: it works without JavaScript. Each term keeps its own
 * id, so links from other pages still land on the word itself.
 */
function glossaryByLetter(catalogue: Catalogue): Element {
  const words = contentStrings(catalogue.locale);
  const groups = new Map<string, Catalogue["glossary"]>();
  for (const entry of [...catalogue.glossary].sort((a, b) => a.term.localeCompare(b.term, catalogue.locale))) {
    const letter = firstLetter(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  const letters = [...groups.keys()];
  return h("div", { className: "glossary-index" }, [
    h("nav", { id: "letters", className: "letter-index", ariaLabel: words.lettersLabel }, [
      h("ul", letters.map((letter) => h("li", h("a", { href: `#${letterAnchor(letter)}` }, letter)))),
    ]),
    ...letters.flatMap((letter) => [
      // The way back sits beside each letter's heading: no extra line per group on a long page.
      h("div", { className: "glossary-letter-head" }, [
        h("h2", { id: letterAnchor(letter), className: "glossary-letter" }, letter),
        h("p", { className: "to-contents" }, h("a", { href: "#letters" }, words.backToLetters)),
      ]),
      h(
        "dl",
        { className: "glossary" },
        groups.get(letter)!.flatMap((entry) => [h("dt", { id: glossaryAnchor(entry.id) }, entry.term), h("dd", entry.definition)]),
      ),
    ]),
  ]);
}

/** The index letter of a term: its first letter without accents ("Ópio" files under O), or "0-9". */
function firstLetter(term: string): string {
  const first = term.charAt(0).normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
  return /[A-Z]/.test(first) ? first : "0-9";
}

/** The anchor of a letter in the glossary: "letter-a". */
export const letterAnchor = (letter: string) => `letter-${/^[A-Z]$/.test(letter) ? letter.toLowerCase() : "numbers"}`;

export const directives: Record<string, DirectiveRenderer> = {
  signs: (attributes, catalogue) =>
    labelledList(offered(required(catalogue.stages, attributes.stage, "signs").signs), "catalogue-list signs"),

  triggers: (attributes, catalogue) =>
    labelledList(offered(required(catalogue.triggerGroups, attributes.group, "triggers").triggers), "catalogue-list triggers"),

  responses: (attributes, catalogue) => {
    if (attributes.kind !== "helpful" && attributes.kind !== "avoid") {
      throw new Error(`::responses needs kind="helpful" or kind="avoid" (got "${attributes.kind ?? ""}")`);
    }
    return withWhy(offered(catalogue.responses[attributes.kind]), `catalogue-list responses ${attributes.kind}`);
  },

  "overdose-signs": (_attributes, catalogue) =>
    h("div", { className: "overdose-signs" }, [
      labelledList(catalogue.overdose.signs, "catalogue-list"),
      h("p", h("strong", catalogue.overdose.ifUnsure)),
    ]),

  "overdose-steps": (_attributes, catalogue) =>
    h(
      "ol",
      { className: "overdose-steps" },
      catalogue.overdose.steps.map((step) => h("li", { id: step.id.replaceAll(".", "-") }, [h("strong", step.title), " ", step.detail])),
    ),

  "overdose-facts": (_attributes, catalogue) =>
    h(
      "ul",
      { className: "catalogue-list facts" },
      catalogue.overdose.facts.map((fact) => h("li", fact.text)),
    ),

  "recovery-position": (_attributes, catalogue) => recoveryPositionFigure(catalogue.locale),

  pause: (_attributes, catalogue) => guidedPause(catalogue.locale),

  glossary: (_attributes, catalogue) => glossaryByLetter(catalogue),

  "crisis-contacts": (attributes, catalogue) => {
    const words = contentStrings(catalogue.locale);
    return h(
      "ul",
      { className: "crisis-contacts" },
      (attributes.only ? [required(catalogue.crisis.contacts, attributes.only, "crisis-contacts")] : catalogue.crisis.contacts).map((contact) =>
        h("li", [
          h("strong", contact.name),
          ": ",
          h("a", { href: telHref(contact.dial) }, words.call(contact.number)),
          ...(contact.text ? [words.or, h("a", { href: smsHref(contact.text) }, words.text(contact.text))] : []),
          `. ${contact.when}`,
        ]),
      ),
    );
  },
};
