import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The JavaScript a browser downloads to open each route (first load), from the production
 * build's own per-route chunk list (.next/diagnostics/route-bundle-stats.json), measured gzip'd
 * at level 9, the way it crosses the network.
 */
export type RouteJs = { route: string; files: number; bytes: number; gzipBytes: number };

export function clientJsPerRoute(root = process.cwd()): RouteJs[] {
  const stats = JSON.parse(readFileSync(join(root, ".next/diagnostics/route-bundle-stats.json"), "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  const size = (path: string) => {
    let known = sizes.get(path);
    if (!known) {
      const data = readFileSync(join(root, path));
      known = { bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
      sizes.set(path, known);
    }
    return known;
  };
  return stats
    .map(({ route, firstLoadChunkPaths }) => {
      const files = [...new Set(firstLoadChunkPaths)].filter((p) => p.endsWith(".js"));
      return {
        route,
        files: files.length,
        bytes: files.reduce((sum, f) => sum + size(f).bytes, 0),
        gzipBytes: files.reduce((sum, f) => sum + size(f).gzipBytes, 0),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
