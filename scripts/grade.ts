// Prints the Flesch-Kincaid grade of every page's body text (the same measure the test uses).
// Usage: npm run grade
import { join } from "node:path";
import { loadCatalogue } from "../lib/content/catalogue";
import { loadPages } from "../lib/content/pages";
import { measurePage } from "./lib/readability";

const contentDir = join(process.cwd(), "content");
const pages = loadPages(contentDir, loadCatalogue(contentDir));
let worst = 0;
for (const page of pages) {
  const r = measurePage(page.hast);
  worst = Math.max(worst, r.grade);
  console.log(`${r.grade.toFixed(1).padStart(5)}  ${page.slug}  (${r.sentences} sentences, ${r.words} words)`);
}
console.log(`highest grade: ${worst.toFixed(1)} (limit 8.0)`);
process.exit(worst > 8 ? 1 : 0);
