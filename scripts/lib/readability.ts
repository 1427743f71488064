import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { ParseEnglish } from "parse-english";
import { toString as nlcstToString } from "nlcst-to-string";
import { visit as visitUnist } from "unist-util-visit";
import { toString as hastToString } from "hast-util-to-string";
import type { Element, Root as HastRoot, RootContent } from "hast";

/**
 * Flesch-Kincaid grade of a page's body text. Counting is done by well-kept libraries: sentences
 * and words by parse-english, syllables by syllable, the formula by flesch-kincaid.
 *
 * Each paragraph, list item and table cell is measured as its own sentence(s): a list item
 * without a full stop is still a separate thought, not part of one endless sentence.
 * Headings are left out (short fragments would flatter the score).
 */
const MEASURED_BLOCKS = new Set(["p", "li", "td", "dd"]);
const NESTED_BLOCKS = new Set(["p", "ul", "ol", "table", "div"]);

export function bodyBlocks(tree: HastRoot): string[] {
  const blocks: string[] = [];
  const walk = (node: HastRoot | RootContent) => {
    if (node.type === "element" && MEASURED_BLOCKS.has(node.tagName)) {
      const own: Element = { ...node, children: node.children.filter((c) => !(c.type === "element" && NESTED_BLOCKS.has(c.tagName))) };
      const text = hastToString(own).replace(/\s+/g, " ").trim();
      if (text) blocks.push(/[.!?:]["')\]]?$/.test(text) ? text : `${text}.`);
    }
    if ("children" in node) node.children.forEach((child) => walk(child as RootContent));
  };
  walk(tree);
  return blocks;
}

export type Readability = { grade: number; sentences: number; words: number; syllables: number };

export function measure(text: string): Readability {
  const tree = new ParseEnglish().parse(text);
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  visitUnist(tree, (node) => {
    if (node.type === "SentenceNode") sentences++;
    if (node.type === "WordNode") {
      const word = nlcstToString(node as Parameters<typeof nlcstToString>[0]);
      // Figures such as "40" or "911" are read as one short word, not syllable-counted digits.
      if (/[a-z]/i.test(word)) {
        words++;
        syllables += Math.max(1, syllable(word));
      } else {
        words++;
        syllables += 1;
      }
    }
  });
  const grade = sentences && words ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) : 0;
  return { grade: Math.round(grade * 10) / 10, sentences, words, syllables };
}

export function measurePage(tree: HastRoot): Readability {
  return measure(bodyBlocks(tree).join("\n\n"));
}
