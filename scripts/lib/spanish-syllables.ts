/**
 * A rule-based Spanish syllable counter, for the Fernández-Huerta readability score
 * (scripts/lib/readability-es.ts). No npm package counts Spanish syllables, and Spanish spelling
 * is regular enough that counting vowel nuclei by the RAE's rules is reliable:
 *
 * - every vowel group is one syllable unless it holds a hiatus;
 * - a hiatus is two open vowels side by side (a, e, o: "le-er", "te-a-tro"), or an open vowel
 *   next to an accented í/ú ("dí-a", "rí-o", "ba-úl", "a-ún"), or a doubled closed vowel
 *   ("chi-i-ta");
 * - a closed vowel (i, u, ü, y) with an open one, or two different closed vowels, is a diphthong
 *   ("cui-da-do", "ciu-dad", "cons-truí"); a closed-open-closed group is a triphthong ("buey");
 * - the u of que/qui/gue/gui is silent ("que", "guí-a"), but ü is said ("pin-güi-no");
 * - y is a vowel when no vowel follows it ("hoy", "muy", "y"), otherwise a consonant ("a-yu-da");
 * - an h between vowels does not separate them ("a-hí", "bú-ho", "prohí-be" stays a hiatus by
 *   its accent, "ahu-ma-do" a diphthong).
 *
 * Tokens the rules cannot read are handled by convention (see spanishSyllables).
 */

const OPEN = new Set([..."aeoáéó"]);
const CLOSED = new Set([..."iuüy"]);
const CLOSED_ACCENTED = new Set([..."íú"]);
const VOWELS = new Set([...OPEN, ...CLOSED, ...CLOSED_ACCENTED]);

/** Spanish letter names, for acronyms read letter by letter ("CDC" = ce-de-ce). */
const LETTER_NAME_SYLLABLES: Record<string, number> = {
  a: 1, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 2, i: 1, j: 2, k: 1, l: 2, m: 2, n: 2, ñ: 2,
  o: 1, p: 1, q: 1, r: 2, s: 2, t: 1, u: 1, v: 2, w: 3, x: 2, y: 1, z: 2,
};

/** Initials that look like a one-syllable word but are said letter by letter. */
const SPELLED_INITIALS = new Set(["vih", "sos"]);

const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

function isHiatus(a: string, b: string): boolean {
  const aOpen = OPEN.has(a) || CLOSED_ACCENTED.has(a);
  const bOpen = OPEN.has(b) || CLOSED_ACCENTED.has(b);
  // An accented í/ú beside another closed vowel still makes a diphthong ("cuí-da-te").
  if (CLOSED_ACCENTED.has(a) && CLOSED.has(b)) return false;
  if (CLOSED.has(a) && CLOSED_ACCENTED.has(b)) return false;
  if (aOpen && bOpen) return true;
  // "chiita", "duunviro": the same closed vowel twice is said twice.
  return a === b && CLOSED.has(a);
}

/** Syllables of one lower-case word made of letters only, by the rules above. */
export function countWordSyllables(word: string): number {
  let w = word.normalize("NFC").toLowerCase();
  // The u after q is always silent in Spanish spelling ("que", "quién").
  w = w.replace(/qu/g, "q");
  w = w.replace(/gu(?=[eéií])/g, "g");
  // y before a vowel is a consonant: mark it so it never joins a vowel group.
  w = w.replace(/y(?=[aeiouáéíóúü])/g, "ʝ");
  // An h between two vowels does not stop them forming a diphthong or a hiatus.
  w = w.replace(/(?<=[aeiouáéíóúüy])h(?=[aeiouáéíóúüy])/g, "");

  let nuclei = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (!isVowel(c)) continue;
    const prev = w[i - 1];
    if (isVowel(prev) && !isHiatus(prev!, c)) continue;
    nuclei++;
  }
  return Math.max(1, nuclei);
}

/**
 * Syllables of a token as a reader says it.
 * - A figure ("911", "1-800-662-4357", "40-60") counts as one syllable: it is read at a glance,
 *   and the English measure counts it the same way, so the two languages' scores stay comparable
 *   and a page is not penalised for giving a phone number.
 * - An all-capital acronym of three letters or fewer, or with no vowel, is spelled out by its
 *   letter names ("CDC" = ce-de-ce, 3; "FDA" = e-fe-de-a, 4); a longer one is read as a word
 *   ("SAMHSA" = sam-sa, 2; "AYUDA" = a-yu-da, 3), and so is a short one that reads as a single
 *   syllable ("NO" = no, 1).
 * - Hyphenated and apostrophe-joined words count each part ("Al-Anon" = al-a-non).
 */
export function spanishSyllables(token: string): number {
  if (/\p{N}/u.test(token)) return 1;
  const parts = token.split(/[-'’./]+/).filter((part) => /\p{L}/u.test(part));
  if (parts.length === 0) return 0;
  return parts.reduce((sum, part) => sum + partSyllables(part), 0);
}

function partSyllables(part: string): number {
  const letters = part.normalize("NFC");
  const isAcronym = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (isAcronym) {
    const lower = letters.toLowerCase();
    const hasVowel = [...lower].some((c) => isVowel(c) && c !== "y");
    // A short capitalised word that reads as one syllable ("NO", "SÍ", "YA") is a word, not
    // initials; initials that happen to look like one (VIH) are listed.
    const oneSyllableWord = /^[^aeiouáéíóúü]?[aeiouáéíóúü]+[^aeiouáéíóúü]?$/.test(lower) && !SPELLED_INITIALS.has(lower);
    if ((lower.length <= 3 && !oneSyllableWord) || !hasVowel) {
      const base = (c: string) => (c === "ñ" ? c : c.normalize("NFD")[0]!);
      return [...lower].reduce((sum, c) => sum + (LETTER_NAME_SYLLABLES[base(c)] ?? 1), 0);
    }
  }
  return countWordSyllables(letters);
}
