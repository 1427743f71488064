// Whether .next holds a production build of exactly the current sources.
//
//   node scripts/build-state.mjs record   after `next build`: remember what it was built from
//   node scripts/build-state.mjs check    exit 0 when the build is current, 1 when not
//
// The fingerprint is a SHA-256 over the path and bytes of every file the build reads: app/,
// components/, lib/ (but not the generated Prisma clients, which follow the schemas below),
// content/, public/, the Prisma schemas and the root configuration and lock files.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const DIRS = ["app", "components", "lib", "content", "public"];
const FILES = [
  "scripts/reading-pages-without-runtime.mjs",
  "scripts/lib/without-runtime.mjs",
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
  "prisma/sqlite/schema.prisma",
  "prisma/postgres/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = ".next/steady-source-hash";

function walk(dir, out) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

/** The fingerprint of the sources under `root`. */
export function sourceHash(root = ROOT) {
  const files = [];
  for (const dir of DIRS) walk(join(root, dir), files);
  for (const file of FILES) if (existsSync(join(root, file))) files.push(join(root, file));
  const hash = createHash("sha256");
  for (const file of files.map((f) => relative(root, f)).sort()) {
    hash.update(file).update("\0").update(readFileSync(join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

/** True when .next holds a complete production build made from the current sources. */
export function buildIsCurrent(root = ROOT) {
  const stamp = join(root, STAMP);
  if (!existsSync(join(root, ".next", "BUILD_ID")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function recordBuild(root = ROOT, hash = sourceHash(root)) {
  writeFileSync(join(root, STAMP), `${hash}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === "record") recordBuild();
  else if (command === "check") process.exit(buildIsCurrent() ? 0 : 1);
  else {
    console.error("usage: node scripts/build-state.mjs record|check");
    process.exit(2);
  }
}
