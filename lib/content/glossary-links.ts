import type { Element, ElementContent, Root as HastRoot, Text } from "hast";
import type { GlossaryTerm } from "./schema";
import { glossaryPath } from "./links";
import { DEFAULT_LOCALE, type Locale } from "./locale";

/**
 * Links the first use of each glossary term on a page to its definition, so a parent can look a
 * word up where they meet it. A plain link: it works without JavaScript and in print.
 * Headings, links and the glossary's own list are left alone.
 */
const SKIP = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "code", "pre", "dl"]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Matcher = { term: GlossaryTerm; pattern: RegExp };

export function glossaryMatchers(terms: GlossaryTerm[]): Matcher[] {
  return terms.map((term) => {
    // Longer forms first, so "rescue breaths" wins over "rescue".
    const forms = [term.term, ...term.also].sort((a, b) => b.length - a.length).map(escape);
    // Whole words only; a plural "s" still counts as the word.
    return { term, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join("|")})s?(?![\\p{L}\\p{N}-])`, "iu") };
  });
}

/** Links go to the glossary page of the page's own language (/guide/glossary or /es/guide/glossary). */
export function linkGlossaryTerms(terms: GlossaryTerm[], locale: Locale = DEFAULT_LOCALE) {
  return (tree: HastRoot) => {
    const waiting = glossaryMatchers(terms);

    const splitText = (node: Text): ElementContent[] => {
      const out: ElementContent[] = [];
      let rest = node.value;
      for (;;) {
        let best: { matcher: Matcher; index: number; length: number } | undefined;
        for (const matcher of waiting) {
          const found = matcher.pattern.exec(rest);
          if (found && (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length))) best = { matcher, index: found.index, length: found[0].length };
        }
        if (!best) break;
        waiting.splice(waiting.indexOf(best.matcher), 1);
        if (best.index > 0) out.push({ type: "text", value: rest.slice(0, best.index) });
        out.push({
          type: "element",
          tagName: "a",
          properties: { href: glossaryPath(best.matcher.term.id, locale), className: ["term"] },
          children: [{ type: "text", value: rest.slice(best.index, best.index + best.length) }],
        });
        rest = rest.slice(best.index + best.length);
      }
      if (out.length === 0) return [node];
      if (rest) out.push({ type: "text", value: rest });
      return out;
    };

    const walk = (parent: HastRoot | Element) => {
      const children: (typeof parent.children)[number][] = [];
      for (const child of parent.children) {
        if (waiting.length === 0) {
          children.push(child);
        } else if (child.type === "text") {
          children.push(...splitText(child));
        } else {
          if (child.type === "element" && !SKIP.has(child.tagName)) walk(child);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
