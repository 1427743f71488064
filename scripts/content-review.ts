// npm run content-review: writes docs/content-review.md from lib/content/review.ts.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue } from "../lib/content/catalogue";
import { contentReviewMarkdown } from "../lib/content/review";

const root = process.cwd();
const content = join(root, "content");
writeFileSync(join(root, "docs", "content-review.md"), contentReviewMarkdown(content, root, loadCatalogue(content).sources));
console.log("wrote docs/content-review.md");
