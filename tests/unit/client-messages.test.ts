import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES, clientMessages } from "@/lib/i18n/messages";

/**
 * The browser gets only the messages its components read (CLIENT_MESSAGES, decision 052). Every
 * key a "use client" file reads through useTranslations must be inside that list, or the page
 * would throw in the browser: this reads the files, as the bundler would.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The full keys (or key prefixes, for t(`labels.${id}`)) a client file reads. */
function keysRead(source: string): string[] {
  const keys: string[] = [];
  for (const [, name, namespace] of source.matchAll(/const (\w+) = useTranslations\("([\w.]+)"\)/g)) {
    for (const [, key] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\("([\\w.]+)"`, "g"))) keys.push(`${namespace}.${key}`);
    for (const [, prefix] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\(\`([\\w.]*)\\$\\{`, "g"))) keys.push([namespace, (prefix ?? "").replace(/\.$/, "")].filter(Boolean).join("."));
  }
  return keys;
}

/** A file's own modules it imports (relative or "@/"), as paths on disk. */
function imported(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/from "((?:\.\.?\/|@\/)[^"]+)"/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith("@/") ? spec!.slice(2) : join(dirname(file), spec!);
    return [`${base}.tsx`, `${base}.ts`, join(base, "index.ts")].filter((path) => existsSync(path)).slice(0, 1);
  });
}

/** The client files and every module of ours they import: all of it runs in the browser. */
function clientModules(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imported(file));
  }
  return [...seen];
}

const covered = (key: string) => CLIENT_MESSAGES.some((path) => key === path || key.startsWith(`${path}.`));

describe("client messages", () => {
  const clientFiles = clientModules([...files("components"), ...files("app")].filter((file) => readFileSync(file, "utf8").startsWith('"use client"')));

  it("reads the client files (the check is not empty)", () => {
    const all = clientFiles.flatMap((file) => keysRead(readFileSync(file, "utf8")));
    expect(all.length).toBeGreaterThan(50);
  });

  it("covers every key a client component reads", () => {
    const missing = clientFiles.flatMap((file) => keysRead(readFileSync(file, "utf8")).filter((key) => !covered(key)).map((key) => `${file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it("sends only those subtrees, in both languages", () => {
    for (const locale of ["en", "es"] as const) {
      const sent = clientMessages(locale) as Record<string, unknown>;
      expect(Object.keys(sent)).not.toContain("FormAnswers");
      expect(Object.keys(sent)).not.toContain("Email");
      expect(JSON.stringify(sent).length).toBeLessThan(40_000);
    }
  });
});
