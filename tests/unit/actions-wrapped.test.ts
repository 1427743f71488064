import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Every server action goes through lib/forms/action.ts (decision 012): that wrapper is what keeps
// a tampered argument, a signed-out person or an unexpected error from ending in a 500.
function serverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return serverFiles(path);
    return /\.tsx?$/.test(entry) && /^["']use server["']/m.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

describe("server actions", () => {
  const files = ["app", "components", "lib"].flatMap(serverFiles);

  it("live in app/ actions.ts files only", () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(file).toMatch(/^app\/.*actions\.ts$/);
  });

  it("are all made by the wrapper, never a bare exported function", () => {
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(source, file).not.toMatch(/export\s+(async\s+)?function/);
      // A "use server" file may export only actions (Next.js refuses anything else at build time).
      expect(source, file).not.toMatch(/export const \w+ = ["'`\d{[]/);
      for (const [, name, maker] of source.matchAll(/export const (\w+) = (\w+)/g)) {
        expect(["formAction", "boundFormAction", "publicFormAction", "plainFormAction", "boundPlainFormAction", "boundPublicFormAction"], `${file}: ${name}`).toContain(maker);
      }
    }
  });
});
