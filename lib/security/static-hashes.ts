import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
