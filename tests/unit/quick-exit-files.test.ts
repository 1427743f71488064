import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QUICK_EXIT_URL } from "@/lib/site";
import { isStaticRoute } from "@/lib/routes";

// The service worker and /quick-exit.js are plain files in public/ (no build step): the few things
// they must agree on with the app are checked here.
const sw = readFileSync("public/sw.js", "utf8");
const quickExit = readFileSync("public/quick-exit.js", "utf8");

describe("public/sw.js and public/quick-exit.js", () => {
  it("leave for the same neutral site as the app", () => {
    expect(sw).toContain(`const QUICK_EXIT_URL = "${QUICK_EXIT_URL}";`);
  });

  it("treat exactly the reading pages as public (a private page is reloaded, not restored, on Back)", () => {
    const source = /var PUBLIC_PAGE = \/(.+)\/;/.exec(quickExit)![1]!;
    const publicPage = new RegExp(source);
    for (const path of ["/", "/right-now", "/crisis", "/offline", "/guide", "/guide/triggers", "/guide/staying-private"]) {
      expect(publicPage.test(path), path).toBe(true);
      expect(isStaticRoute(path), path).toBe(true);
    }
    for (const path of ["/family", "/family/abc/plan", "/account", "/sign-in", "/counselor", "/s/token", "/invite/x", "/guide/a/b", "/right-now-x"]) {
      expect(publicPage.test(path), path).toBe(false);
    }
  });

  it("store a private page only as a kept plan: /family/<id>/plan and nothing below or beside it", () => {
    const source = /const isPlanPath = \(url\) => url\.origin === self\.location\.origin && \/(.+)\/\.test\(url\.pathname\);/.exec(sw)![1]!;
    const planPath = new RegExp(source);
    expect(planPath.test("/family/cmx93ssbw0000xo7dxr8s4tg8/plan")).toBe(true);
    for (const path of ["/family/x/plan/print", "/family/x/plan/edit", "/family/x/plan/history", "/family/x", "/family/x/check-ins", "/family/a/b/plan", "/account/plan"]) {
      expect(planPath.test(path), path).toBe(false);
    }
  });
});
