import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent, recordBuild, sourceHash } from "../../scripts/build-state.mjs";

const roots: string[] = [];
function project() {
  const root = mkdtempSync(join(tmpdir(), "steady-build-state-"));
  roots.push(root);
  mkdirSync(join(root, "app"), { recursive: true });
  mkdirSync(join(root, "lib/db/generated"), { recursive: true });
  writeFileSync(join(root, "app/page.tsx"), "export default function Page() { return null; }");
  writeFileSync(join(root, "package.json"), "{}");
  return root;
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe("npm start builds only when needed", () => {
  it("has no current build without a build, and one right after recording it", () => {
    const root = project();
    expect(buildIsCurrent(root)).toBe(false);
    mkdirSync(join(root, ".next"));
    writeFileSync(join(root, ".next/BUILD_ID"), "x");
    expect(buildIsCurrent(root)).toBe(false); // built, but from what is unknown
    recordBuild(root);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it("needs a new build when a source changes, is added or is renamed, not when generated code changes", () => {
    const root = project();
    mkdirSync(join(root, ".next"));
    writeFileSync(join(root, ".next/BUILD_ID"), "x");
    recordBuild(root);
    const before = sourceHash(root);
    writeFileSync(join(root, "lib/db/generated/client.js"), "regenerated");
    expect(buildIsCurrent(root)).toBe(true);
    writeFileSync(join(root, "app/page.tsx"), "export default function Page() { return 1; }");
    expect(buildIsCurrent(root)).toBe(false);
    recordBuild(root);
    writeFileSync(join(root, "app/new.tsx"), "");
    expect(buildIsCurrent(root)).toBe(false);
    rmSync(join(root, "app/new.tsx"));
    writeFileSync(join(root, "app/page.tsx"), "export default function Page() { return null; }");
    expect(sourceHash(root)).toBe(before);
  });
});
