// A prerendered reading page without the framework's client runtime (docs/decisions/053).
//
// Reading pages have no client component: every interaction on them is a link, a form, or one of
// our own small same-origin scripts (/quick-exit.js, /sw-register.js, /time-zone.js,
// /reading-list-return.js). What Next.js writes into their HTML for hydration (its runtime chunks,
// their preloads, Turbopack's bootstrap and the React Server Components payload, which carries the
// page and its stylesheet a second and third time) only delays the first paint on a slow phone.
// Removing it leaves the same document a reader sees with JavaScript off.
//
// Our own scripts then load after the first paint, from one small inline loader (allowed by its
// hash, as the framework's inline scripts were): run before the paint, even a few hundred bytes of
// script make a slow phone wait for their requests, and Lighthouse counts them into the largest
// paint (decision 053 has the figures).

/** Next.js's own script files: everything the build writes under /_next/static. */
const FRAMEWORK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*>\s*<\/script>/g;
const FRAMEWORK_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/static\/[^"]*"[^>]*\/?>/g;
/** Turbopack's chunk list (`<script id="_R_">`) and the RSC payload (`self.__next_f`). */
const FRAMEWORK_INLINE = /<script(?:\s+id="_R_")?>(?:\(globalThis\["TURBOPACK"\]|\(self\.__next_f|self\.__next_f\.push)[\s\S]*?<\/script>/g;

/** Our own same-origin scripts (public/*.js), as React writes them into a page. */
const OWN_SCRIPT = /<script src="(\/[a-z0-9-]+\.js)" async=""><\/script>/g;
/** Starts `sources` after the next frame is painted: a rAF callback runs just before a paint, a timeout set there after it. */
const LOADER_START = "<script>requestAnimationFrame(function(){setTimeout(function(){";
export function afterFirstPaint(sources) {
  return `${LOADER_START}${JSON.stringify(sources)}.forEach(function(src){var s=document.createElement("script");s.src=src;document.body.appendChild(s)})})})</script>`;
}

/**
 * @param {string} html a prerendered page, as `next build` wrote it
 * @returns {{ html: string, removed: number, scripts: string[], bytesBefore: number, bytesAfter: number }}
 */
export function withoutFrameworkRuntime(html) {
  let removed = 0;
  const drop = () => {
    removed++;
    return "";
  };
  const own = [];
  let result = html
    .replace(FRAMEWORK_SCRIPT, drop)
    .replace(FRAMEWORK_PRELOAD, drop)
    .replace(FRAMEWORK_INLINE, drop)
    .replace(OWN_SCRIPT, (_, src) => {
      if (!own.includes(src)) own.push(src);
      return "";
    });
  if (own.length) result = result.replace(/<\/body>/, `${afterFirstPaint(own)}</body>`);
  const left = leftovers(result);
  if (left.length) throw new Error(`a reading page still holds ${left.join(", ")}`);
  if (!/<main\b/.test(result) || !/<\/html>\s*$/.test(result)) throw new Error("a reading page lost its document while its runtime was removed");
  return { html: result, removed, scripts: own, bytesBefore: Buffer.byteLength(html), bytesAfter: Buffer.byteLength(result) };
}

/** What would still load or run before the first paint (but the loader), if anything. */
export function leftovers(html) {
  const found = [];
  if (/\/_next\/static\/[^"]*\.js/.test(html)) found.push("a /_next/static script");
  if (/__next_f/.test(html)) found.push("the RSC payload");
  if (/TURBOPACK/.test(html)) found.push("Turbopack's bootstrap");
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)) {
    if (!html.startsWith(LOADER_START, match.index)) found.push("an inline script");
  }
  if (/<script\b[^>]*\ssrc=/.test(html)) found.push("a script loaded before the first paint");
  return found;
}
