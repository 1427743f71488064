import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The SHA-256 hashes of the inline scripts in a prerendered page, read once from the HTML the
 * build wrote (.next/server/app/<route>.html, exactly what is served for that route). A
 * prerendered page cannot carry a per-request nonce, so its policy names these hashes instead:
 * its framework scripts run, and no other inline script could (docs/decisions/011-csp-and-headers.md).
 * Undefined when the page has no such file (development, or a path that is not prerendered).
 */
const cache = new Map<string, string[] | undefined>();

export function prerenderedFile(pathname: string, distDir = join(process.cwd(), ".next")) {
  const route = pathname === "/" ? "/index" : pathname.replace(/\/$/, "");
  if (!/^\/[a-z0-9/_-]*$/.test(route) || route.includes("//")) return undefined;
  return join(distDir, "server", "app", `${route}.html`);
}

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`'sha256-${createHash("sha256").update(match[1]!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function staticPageHashes(pathname: string): string[] | undefined {
  if (cache.has(pathname)) return cache.get(pathname);
  const file = prerenderedFile(pathname);
  let hashes: string[] | undefined;
  try {
    hashes = file ? inlineScriptHashes(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) : undefined;
  } catch {
    hashes = undefined;
  }
  if (cache.size < 1000) cache.set(pathname, hashes);
  return hashes;
}

const stylesheets = new Map<string, string[]>();

/**
 * The SHA-256 hashes of the build's stylesheets. Every page carries its stylesheet inline, in its
 * <head> (experimental.inlineCss in next.config.ts: the first paint of a page waits for no other
 * request; docs/decisions/035-reading-pages-paint-at-once.md), and the <style> element holds the
 * file's exact text, so the policy allows these and no other inline style. Empty in development.
 */
export function stylesheetHashes(distDir = join(process.cwd(), ".next")): string[] {
  const known = stylesheets.get(distDir);
  if (known) return known;
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".css")) found.push(`'sha256-${createHash("sha256").update(readFileSync(/*turbopackIgnore: true*/ path)).digest("base64")}'`);
    }
  };
  walk(join(distDir, "static"));
  const hashes = [...new Set(found)].sort();
  stylesheets.set(distDir, hashes);
  return hashes;
}
