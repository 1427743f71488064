// A prerendered reading page without the framework's client runtime (docs/decisions/053).
//
// Reading pages have no client component: every interaction on them is a link, a form, or one of
// our own small same-origin scripts (/quick-exit.js, /sw-register.js, /time-zone.js,
// /reading-list-return.js). What Next.js writes into their HTML for hydration (its runtime chunks,
// their preloads, Turbopack's bootstrap and the React Server Components payload, which carries the
// page and its stylesheet a second and third time) only delays the first paint on a slow phone.
// Removing it leaves the same document a reader sees with JavaScript off.

/** Next.js's own script files: everything the build writes under /_next/static. */
const FRAMEWORK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*>\s*<\/script>/g;
const FRAMEWORK_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/static\/[^"]*"[^>]*\/?>/g;
/** Turbopack's chunk list (`<script id="_R_">`) and the RSC payload (`self.__next_f`). */
const FRAMEWORK_INLINE = /<script(?:\s+id="_R_")?>(?:\(globalThis\["TURBOPACK"\]|\(self\.__next_f|self\.__next_f\.push)[\s\S]*?<\/script>/g;

/**
 * @param {string} html a prerendered page, as `next build` wrote it
 * @returns {{ html: string, removed: number, bytesBefore: number, bytesAfter: number }}
 */
export function withoutFrameworkRuntime(html) {
  let removed = 0;
  const drop = () => {
    removed++;
    return "";
  };
  const result = html.replace(FRAMEWORK_SCRIPT, drop).replace(FRAMEWORK_PRELOAD, drop).replace(FRAMEWORK_INLINE, drop);
  const left = leftovers(result);
  if (left.length) throw new Error(`framework runtime left in a reading page: ${left.join(", ")}`);
  if (!/<main\b/.test(result) || !/<\/html>\s*$/.test(result)) throw new Error("a reading page lost its document while its runtime was removed");
  return { html: result, removed, bytesBefore: Buffer.byteLength(html), bytesAfter: Buffer.byteLength(result) };
}

/** What would still load or run framework code, if anything. */
export function leftovers(html) {
  const found = [];
  if (/\/_next\/static\/[^"]*\.js/.test(html)) found.push("a /_next/static script");
  if (/__next_f/.test(html)) found.push("the RSC payload");
  if (/TURBOPACK/.test(html)) found.push("Turbopack's bootstrap");
  if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) found.push("an inline script");
  return found;
}
