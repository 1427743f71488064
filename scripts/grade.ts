// Prints the reading level of every page: English by Flesch-Kincaid grade (8 or lower), Spanish
// by Fernández-Huerta (70 or more), the same measures the tests use. Exits 1 if a page misses.
// Usage: npm run grade
import { join } from "node:path";
import { loadCatalogue } from "../lib/content/catalogue";
import { loadPages } from "../lib/content/pages";
import { measurePage } from "./lib/readability";
import { SPANISH_MIN_SCORE } from "./lib/readability-es";
import { gradeSpanishCatalogue, gradeSpanishPages } from "./grade-spanish";

const MAX_GRADE = 8;
const contentDir = join(process.cwd(), "content");
let failed = false;

console.log("English (Flesch-Kincaid grade, lower is plainer)");
const pages = loadPages(contentDir, loadCatalogue(contentDir));
let worst = 0;
for (const page of pages) {
  const r = measurePage(page.hast);
  worst = Math.max(worst, r.grade);
  console.log(`${r.grade.toFixed(1).padStart(5)}  ${page.slug}  (${r.sentences} sentences, ${r.words} words)`);
}
console.log(`highest grade: ${worst.toFixed(1)} (limit ${MAX_GRADE.toFixed(1)})`);
if (worst > MAX_GRADE) failed = true;

console.log("\nSpanish (Fernández-Huerta, higher is plainer)");
const spanishCatalogue = gradeSpanishCatalogue(contentDir);
if (spanishCatalogue) {
  const r = spanishCatalogue;
  console.log(`${r.score.toFixed(1).padStart(5)}  catalogue blocks  (${r.sentences} oraciones, ${r.words} palabras, ${r.syllables} sílabas)`);
  if (r.score < SPANISH_MIN_SCORE) failed = true;
}
const spanish = gradeSpanishPages(contentDir);
if (spanish === null) {
  console.log("no Spanish content yet (content/es/pages/ not found)");
} else if (spanish.length === 0) {
  console.log("content/es/pages/ holds no pages yet");
} else {
  let lowest = Infinity;
  for (const { slug, result: r } of spanish) {
    lowest = Math.min(lowest, r.score);
    console.log(`${r.score.toFixed(1).padStart(5)}  ${slug}  (${r.sentences} oraciones, ${r.words} palabras, ${r.syllables} sílabas)`);
  }
  console.log(`lowest score: ${lowest.toFixed(1)} (at least ${SPANISH_MIN_SCORE})`);
  if (lowest < SPANISH_MIN_SCORE) failed = true;
}
process.exit(failed ? 1 : 0);
