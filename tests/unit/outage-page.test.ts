import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unavailablePage, unavailablePagePolicy } from "@/lib/outage/unavailable-page";
import { needsDatabase } from "@/lib/routes";

describe("the page shown while the database is away", () => {
  it("allows its own inline style by hash, and no script at all", () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(unavailablePage())![1]!;
    const hash = createHash("sha256").update(style, "utf8").digest("base64");
    expect(unavailablePagePolicy()).toContain(`style-src 'sha256-${hash}'`);
    expect(unavailablePagePolicy()).toMatch(/default-src 'none'/);
    expect(unavailablePage()).not.toMatch(/<script/);
  });

  it("carries the crisis numbers", () => {
    expect(unavailablePage()).toContain("988");
    expect(unavailablePage()).toContain("911");
  });

  it("is only for paths that read the database: never the guide or the crisis pages", () => {
    for (const path of ["/family", "/family/abc/plan", "/account", "/counselor", "/counselor/links", "/sign-in", "/sign-up", "/invite/x", "/connect/x", "/s/x", "/api/auth/sign-in/email", "/sign-out", "/sign-in/recover", "/reset/x", "/unsubscribe/x", "/api/unsubscribe/x"]) {
      expect(needsDatabase(path), path).toBe(true);
    }
    for (const path of ["/", "/guide", "/guide/triggers", "/right-now", "/crisis", "/offline", "/api/health", "/familyx", "/sw.js"]) {
      expect(needsDatabase(path), path).toBe(false);
    }
  });
});
