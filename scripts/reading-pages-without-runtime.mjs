// After `next build`: the prerendered reading pages (every route under app/[locale]) lose the
// framework's client runtime, which they do not use (scripts/lib/without-runtime.mjs,
// docs/decisions/053). Run by `npm run build`; the build fails if a page cannot be cleaned.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withoutFrameworkRuntime } from "./lib/without-runtime.mjs";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const distDir = process.argv[2] ?? join(ROOT, ".next");
const manifest = JSON.parse(readFileSync(join(distDir, "prerender-manifest.json"), "utf8"));

let pages = 0;
let before = 0;
let after = 0;
for (const [route, { srcRoute }] of Object.entries(manifest.routes)) {
  if (!srcRoute?.startsWith("/[locale]")) continue;
  const file = join(distDir, "server", "app", `${route}.html`);
  const page = withoutFrameworkRuntime(readFileSync(file, "utf8"));
  writeFileSync(file, page.html);
  pages++;
  before += page.bytesBefore;
  after += page.bytesAfter;
}
// Next.js keeps a copy of each page it has served here; a copy from before this step would be served instead.
rmSync(join(distDir, "server", "route-cache"), { recursive: true, force: true });
if (pages === 0) throw new Error("no prerendered reading page found: did the build change where it writes them?");
console.log(`reading pages without the framework runtime: ${pages} pages, ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB of HTML`);
