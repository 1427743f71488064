import type { Root as HastRoot } from "hast";
import { bodyBlocks } from "./readability";
import { spanishSyllables } from "./spanish-syllables";

/**
 * Fernández-Huerta readability of Spanish text:
 *   L = 206.84 - 60 × (syllables / words) - 1.02 × (words / sentences)
 * 70-80 is "algo fácil" (about grade 6); our Spanish pages must score 70 or more. The form often
 * quoted online (-0.60 × syllables per 100 words, -1.02 × sentences per 100 words) gets the
 * sentence term backwards: longer sentences would score as easier.
 *
 * The page's text is taken block by block exactly as for English (bodyBlocks), so a list item is
 * its own sentence in both languages.
 */
export const SPANISH_MIN_SCORE = 70;

export type SpanishReadability = { score: number; sentences: number; words: number; syllables: number };

/**
 * Abbreviations, written out as they are read: their full stops do not end a sentence, and their
 * syllables are those of the words a reader says ("EE. UU." is "Estados Unidos").
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bEE\.\s?UU\./g, "Estados Unidos"],
  [/\bp\.\s?ej\./gi, "por ejemplo"],
  [/\ba\.\s?m\./g, "a eme"],
  [/\bp\.\s?m\./g, "pe eme"],
  [/\bDra\./g, "doctora"],
  [/\bDr\./g, "doctor"],
  [/\bSrta\./g, "señorita"],
  [/\bSra\./g, "señora"],
  [/\bSr\./g, "señor"],
  [/\bUds\./g, "ustedes"],
  [/\bUd\./g, "usted"],
  [/\betc\.(?=\s+\p{Ll})/gu, "etcétera"],
  [/\bnúm\./gi, "número"],
  [/\btel\./gi, "teléfono"],
  [/\baprox\./gi, "aproximadamente"],
  [/\bmáx\./gi, "máximo"],
  [/\bmín\./gi, "mínimo"],
  [/\bpág\./gi, "página"],
];

/** A word: letters or digits, joined by a hyphen, apostrophe, slash or a figure's separators. */
const WORD = /[\p{L}\p{N}]+(?:[-'’/.,][\p{L}\p{N}]+)*/gu;
/** A sentence ends at . ! ? or … (with any closing quote or bracket) before a space or the end. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;

function expandAbbreviations(text: string): string {
  return ABBREVIATIONS.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
}

/** Counts of one block of text: every block holds at least one sentence if it holds a word. */
function countBlock(block: string): Omit<SpanishReadability, "score"> {
  const text = expandAbbreviations(block.normalize("NFC"));
  const sentences = text.split(SENTENCE_END).filter((part) => /[\p{L}\p{N}]/u.test(part));
  let words = 0;
  let syllables = 0;
  for (const token of text.match(WORD) ?? []) {
    words++;
    syllables += spanishSyllables(token);
  }
  return { sentences: words ? Math.max(1, sentences.length) : 0, words, syllables };
}

export function fernandezHuerta(counts: Omit<SpanishReadability, "score">): number {
  if (!counts.words || !counts.sentences) return 0;
  const score = 206.84 - 60 * (counts.syllables / counts.words) - 1.02 * (counts.words / counts.sentences);
  return Math.round(score * 10) / 10;
}

/** Fernández-Huerta of a text; blank lines separate blocks (paragraphs, list items). */
export function measureSpanish(text: string): SpanishReadability {
  return measureBlocks(text.split(/\n\s*\n/));
}

export function measureSpanishPage(tree: HastRoot): SpanishReadability {
  return measureBlocks(bodyBlocks(tree));
}

function measureBlocks(blocks: string[]): SpanishReadability {
  const totals = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    const counts = countBlock(block);
    totals.sentences += counts.sentences;
    totals.words += counts.words;
    totals.syllables += counts.syllables;
  }
  return { ...totals, score: fernandezHuerta(totals) };
}
